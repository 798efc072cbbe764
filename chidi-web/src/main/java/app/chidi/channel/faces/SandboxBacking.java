package app.chidi.channel.faces;

import app.chidi.channel.boundary.ChannelInbox;
import app.chidi.channel.boundary.ConversationNotFoundException;
import app.chidi.channel.boundary.ConversationQuery;
import app.chidi.channel.boundary.ConversationSummary;
import app.chidi.channel.boundary.Conversations;
import app.chidi.channel.boundary.SandboxConversation;
import app.chidi.channel.boundary.SandboxMessage;
import app.chidi.channel.entity.Platform;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.DashboardSession;
import app.chidi.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code dashboard/sandbox.xhtml}: someone of the business picks or names a customer, writes as
 * them on the sandbox channel and follows CHIDI's answers; the page asks again while CHIDI is still
 * answering (js/sandbox.js).
 */
@Named
@ViewScoped
public class SandboxBacking implements Serializable {

  static final int NAME_LENGTH = 100;
  static final int MAX_LENGTH = 4096;
  static final int RECENT = 8;

  @Inject transient Conversations conversations;
  @Inject transient ChannelInbox inbox;

  private String name;
  private String customer;
  private String customerName;
  private String text;
  private transient SandboxConversation conversation;
  private transient List<ConversationSummary> recent;

  /** Writes as the customer named in the name field, a new one or one written as before. */
  public void start() {
    if (name == null || name.isBlank()) {
      PageMessages.error("sandbox:name", "Name the customer you write as.");
    } else if (name.strip().length() > NAME_LENGTH) {
      PageMessages.error("sandbox:name", "At most " + NAME_LENGTH + " characters.");
    } else {
      choose(name.strip(), name.strip());
    }
  }

  /** Writes as a customer of an earlier sandbox conversation. */
  public void pick(ConversationSummary earlier) {
    choose(earlier.customer().id(), earlier.customer().name());
  }

  /** Back to choosing a customer. */
  public void change() {
    customer = null;
    conversation = null;
    recent = null;
  }

  public void send() {
    if (!isCanWrite()) {
      PageMessages.error(null, "Your role only reads the sandbox.");
    } else if (text == null || text.isBlank()) {
      PageMessages.error("sandbox:text", "Type the customer's message first.");
    } else if (text.length() > MAX_LENGTH) {
      PageMessages.error("sandbox:text", "At most " + MAX_LENGTH + " characters.");
    } else {
      write();
    }
  }

  /** Reads the conversation again; js/sandbox.js calls it while CHIDI is answering. */
  public void refresh() {
    conversation = null;
  }

  private void write() {
    try {
      inbox.acceptSandbox(new SandboxMessage(customer, customerName, text));
      text = null;
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
    }
    conversation = null;
  }

  private void choose(String id, String shownName) {
    customer = id;
    customerName = shownName;
    name = null;
    conversation = null;
  }

  /** The conversation with the chosen customer; {@code null} before their first message. */
  public SandboxConversation getConversation() {
    if (conversation == null && customer != null) {
      try {
        conversation = conversations.sandbox(customer);
      } catch (ConversationNotFoundException notYet) {
        return null;
      }
    }
    return conversation;
  }

  /** The latest sandbox conversations, to go on with one. */
  public List<ConversationSummary> getRecent() {
    if (recent == null) {
      recent =
          conversations
              .list(new ConversationQuery(Platform.SANDBOX, null, 1, RECENT))
              .conversations();
    }
    return recent;
  }

  public boolean isPending() {
    return getConversation() != null && getConversation().pending();
  }

  /** Owners, admins and operators write as customers (spec 6.1); viewers read. */
  public boolean isCanWrite() {
    return DashboardSession.currentHasAnyRole(DashboardSession.ANSWER_CUSTOMERS);
  }

  public String getCustomer() {
    return customer;
  }

  /** The chosen customer as the page names them. */
  public String getCustomerName() {
    return customerName != null ? customerName : customer;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public int getNameLength() {
    return NAME_LENGTH;
  }

  public int getMaxLength() {
    return MAX_LENGTH;
  }
}
