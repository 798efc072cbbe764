package app.chidi.channel.faces;

import app.chidi.channel.boundary.Approvals;
import app.chidi.channel.boundary.ConversationDetail;
import app.chidi.channel.boundary.ConversationPage;
import app.chidi.channel.boundary.ConversationQuery;
import app.chidi.channel.boundary.Conversations;
import app.chidi.channel.boundary.PersonReply;
import app.chidi.channel.boundary.ReplyPreview;
import app.chidi.channel.entity.ConversationStatus;
import app.chidi.channel.entity.Platform;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.DashboardSession;
import app.chidi.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code dashboard/conversations.xhtml}: the conversations filtered by platform and status, and the
 * one named by {@code ?id=} with its messages, CHIDI's draft and the actions on it.
 */
@Named
@ViewScoped
public class ConversationsBacking implements Serializable {

  static final int PAGE_SIZE = 20;
  static final int MAX_LENGTH = 4096;

  @Inject transient Conversations conversations;
  @Inject transient Approvals approvals;

  private String platform = "";
  private String status = "";
  private int page = 1;
  private UUID id;
  private String text;
  private boolean editing;
  private transient ReplyPreview preview;
  private transient ConversationPage current;
  private transient ConversationDetail detail;

  /** The {@code ?id=} of the page; an unknown one shows the list with a message. */
  public void load() {
    if (id != null && detail() == null) {
      PageMessages.error(null, "That conversation does not exist here.");
      id = null;
    }
  }

  public void filtersChanged() {
    page = 1;
    current = null;
  }

  public void older() {
    page = Math.min(page + 1, getPages());
    current = null;
  }

  public void newer() {
    page = Math.max(1, page - 1);
    current = null;
  }

  public void sendDraft() {
    act(() -> approvals.send(id, new PersonReply(null, false)), "CHIDI's draft is on its way.");
  }

  /** Opens the reply box, with CHIDI's draft to start from when there is one. */
  public void edit() {
    editing = true;
    preview = null;
    text = detail() != null && detail().draft() != null ? detail().draft().text() : "";
  }

  public void cancelEdit() {
    editing = false;
    preview = null;
  }

  /** Shows what would be sent, and how; nothing is sent. */
  public void previewReply() {
    if (text == null || text.isBlank()) {
      PageMessages.error("detail:text", "Write the reply first.");
      return;
    }
    try {
      preview = approvals.preview(id, new PersonReply(text, false));
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
    }
  }

  public void send(boolean resolve) {
    act(
        () -> approvals.send(id, new PersonReply(text, resolve)),
        resolve
            ? "Your reply is on its way; the conversation is resolved."
            : "Your reply is on its way.");
  }

  public void resolve() {
    act(() -> approvals.resolve(id), "Resolved. The customer's next message opens it again.");
  }

  public void takeOver() {
    act(() -> approvals.takeOver(id), "You took over: CHIDI will not answer this customer.");
  }

  public void release() {
    act(() -> approvals.release(id), "Released: CHIDI answers this customer again.");
  }

  private void act(Supplier<?> action, String success) {
    try {
      action.get();
      editing = false;
      preview = null;
      PageMessages.info(success);
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
    }
    detail = null;
    current = null;
  }

  public ConversationPage getPage() {
    if (current == null) {
      current =
          conversations.list(
              new ConversationQuery(platformFilter(), statusFilter(), page, PAGE_SIZE));
    }
    return current;
  }

  public int getPages() {
    return getPage().pagination().totalPages();
  }

  public int getPageNumber() {
    return page;
  }

  public ConversationDetail getDetail() {
    return detail();
  }

  private ConversationDetail detail() {
    if (detail == null && id != null) {
      try {
        detail = conversations.detail(id);
      } catch (BusinessException notFound) {
        return null;
      }
    }
    return detail;
  }

  /** Owners, admins and operators answer customers (spec 6.1); viewers read. */
  public boolean isCanAct() {
    return DashboardSession.currentHasAnyRole(DashboardSession.ANSWER_CUSTOMERS);
  }

  /** A confidence from 0 to 1 as a whole percentage. */
  public long percent(Double share) {
    return share == null ? 0 : Math.round(share * 100);
  }

  public boolean isFiltered() {
    return platformFilter() != null || statusFilter() != null;
  }

  private Platform platformFilter() {
    return Platform.of(platform).orElse(null);
  }

  private ConversationStatus statusFilter() {
    return switch (status) {
      case "active", "escalated", "resolved" ->
          ConversationStatus.valueOf(status.toUpperCase(Locale.ROOT));
      default -> null;
    };
  }

  public String getPlatform() {
    return platform;
  }

  public void setPlatform(String platform) {
    this.platform = Platform.of(platform).map(Platform::key).orElse("");
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }

  public String getId() {
    return id == null ? null : id.toString();
  }

  /** Anything that is not a UUID names no conversation. */
  public void setId(String value) {
    try {
      id = value == null || value.isBlank() ? null : UUID.fromString(value);
    } catch (IllegalArgumentException notAnId) {
      id = UUID.randomUUID();
    }
    detail = null;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isEditing() {
    return editing;
  }

  public ReplyPreview getPreview() {
    return preview;
  }

  public int getMaxLength() {
    return MAX_LENGTH;
  }
}
