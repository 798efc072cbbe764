package app.chidi.notification.faces;

import app.chidi.notification.boundary.WebPush;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "Push to this device" on the Notifications page: the VAPID key the browser subscribes with, and
 * the subscription it hands back ({@code chidiPushSubscribe}) or withdraws ({@code
 * chidiPushUnsubscribe}), checked like the API's.
 */
@Named
@RequestScoped
public class PushDeviceBacking implements Serializable {

  private static final Pattern ENDPOINT = Pattern.compile("https?://\\S{1,2040}");
  private static final Pattern P256DH = Pattern.compile("[A-Za-z0-9_-]{87}");
  private static final Pattern AUTH = Pattern.compile("[A-Za-z0-9_-]{22}");

  @Inject transient WebPush webPush;

  public String getVapidKey() {
    return webPush.publicKey();
  }

  public void subscribe() {
    Map<String, String> params = params();
    String endpoint = params.getOrDefault("endpoint", "");
    String p256dh = params.getOrDefault("p256dh", "");
    String auth = params.getOrDefault("auth", "");
    if (ENDPOINT.matcher(endpoint).matches()
        && P256DH.matcher(p256dh).matches()
        && AUTH.matcher(auth).matches()) {
      webPush.subscribe(endpoint, p256dh, auth);
    }
  }

  public void unsubscribe() {
    webPush.unsubscribe(params().getOrDefault("endpoint", ""));
  }

  private static Map<String, String> params() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
  }
}
