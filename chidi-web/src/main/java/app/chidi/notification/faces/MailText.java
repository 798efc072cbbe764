package app.chidi.notification.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a plain-text mail into text and web links, so the page can make links clickable while
 * still escaping the whole body instead of rendering it as HTML.
 */
public final class MailText {

  /** A web link; it does not end in punctuation, which usually closes the sentence around it. */
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'}]");

  /** A piece of the body: plain text, or a link when {@code href} is set. */
  public record Segment(String text, String href) {}

  private MailText() {}

  public static List<Segment> segments(String body) {
    List<Segment> segments = new ArrayList<>();
    Matcher link = LINK.matcher(body);
    int textStart = 0;
    while (link.find()) {
      if (link.start() > textStart) {
        segments.add(new Segment(body.substring(textStart, link.start()), null));
      }
      segments.add(new Segment(link.group(), link.group()));
      textStart = link.end();
    }
    if (textStart < body.length()) {
      segments.add(new Segment(body.substring(textStart), null));
    }
    return segments;
  }
}
