package app.chidi.channel.boundary;

import app.chidi.channel.entity.ConversationStatus;
import app.chidi.channel.entity.Platform;

/**
 * Which conversations to list.
 *
 * @param platform only this platform's, or all when {@code null}
 * @param status only those in this status, or all when {@code null}
 * @param page from 1
 */
public record ConversationQuery(
    Platform platform, ConversationStatus status, int page, int limit) {}
