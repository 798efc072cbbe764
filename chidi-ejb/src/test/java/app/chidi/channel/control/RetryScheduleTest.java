package app.chidi.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.channel.entity.MessageStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private static RetrySchedule schedule() {
    RetrySchedule schedule = new RetrySchedule();
    schedule.attempts = 5;
    schedule.baseMillis = 1000;
    schedule.maxMillis = 60_000;
    return schedule;
  }

  @Test
  void backsOffExponentiallyWithJitterAndHonoursRetryAfter() {
    RetrySchedule schedule = schedule();
    for (int i = 0; i < 50; i++) {
      long third = schedule.after(3, Duration.ZERO).toMillis();
      assertTrue(third >= 2000 && third <= 4000, "step 4 s, jitter in its upper half: " + third);
      assertTrue(schedule.after(30, Duration.ZERO).toMillis() <= 60_000, "capped");
    }
    assertEquals(Duration.ofSeconds(30), schedule.after(1, Duration.ofSeconds(30)));
    assertFalse(schedule.exhausted(4));
    assertTrue(schedule.exhausted(5));
  }

  @Test
  void reportedStatusesOnlyMoveForwards() {
    assertTrue(MessageStatus.SENT.mayAdvanceTo(MessageStatus.DELIVERED));
    assertTrue(MessageStatus.SENT.mayAdvanceTo(MessageStatus.READ));
    assertFalse(MessageStatus.READ.mayAdvanceTo(MessageStatus.DELIVERED));
    assertFalse(MessageStatus.DELIVERED.mayAdvanceTo(MessageStatus.SENT));
    assertFalse(MessageStatus.DELIVERED.mayAdvanceTo(MessageStatus.FAILED));
    assertTrue(MessageStatus.SENT.mayAdvanceTo(MessageStatus.FAILED));
    assertFalse(MessageStatus.FAILED.mayAdvanceTo(MessageStatus.READ));
  }
}
