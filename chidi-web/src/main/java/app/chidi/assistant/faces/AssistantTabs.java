package app.chidi.assistant.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Set;

/**
 * Which tab of {@code dashboard/assistant.xhtml} shows: {@code ?tab=try|rules|knowledge}, read once
 * per view so that the tab's forms still render on their Ajax requests.
 */
@Named
@ViewScoped
public class AssistantTabs implements Serializable {

  static final Set<String> TABS = Set.of("try", "rules", "knowledge");

  @Inject HttpServletRequest request;

  private String tab;

  @PostConstruct
  void read() {
    tab = of(request.getParameter("tab"));
  }

  static String of(String requested) {
    return requested != null && TABS.contains(requested) ? requested : "try";
  }

  public String getTab() {
    return tab;
  }
}
