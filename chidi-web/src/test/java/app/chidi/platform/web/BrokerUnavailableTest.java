package app.chidi.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.platform.messaging.MessagingException;
import jakarta.ejb.EJBException;
import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class BrokerUnavailableTest {

  @Test
  void aSendTheBrokerRefusedIsFoundUnderTheContainersWrapping() {
    assertTrue(
        BrokerUnavailable.causedBy(
            new EJBException(
                new MessagingException(
                    "cannot send MessageReceived", new JMSRuntimeException("not reachable")))));
    assertTrue(BrokerUnavailable.causedBy(new EJBException(new JMSRuntimeException("closed"))));
  }

  @Test
  void otherFailuresAreNotTakenForAnOutage() {
    assertFalse(BrokerUnavailable.causedBy(new EJBException(new PersistenceException("bug"))));
    assertFalse(BrokerUnavailable.causedBy(new IllegalStateException("bug")));
  }
}
