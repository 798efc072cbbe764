package app.chidi.assistant.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the rules make of a context. Money is rounded half-up to 2 decimals; a figure the facts do
 * not determine is {@code null}.
 *
 * @param applied the rules that applied, first first
 * @param overridden rules that would have applied but another of their type came first
 * @param discount the discount of the pricing rule that applied
 * @param shippingFee the delivery fee a shipping rule set ({@code 0} for free delivery)
 * @param total subtotal minus discount plus delivery fee, when the subtotal is known
 * @param returnWindowDays the days a returns rule allows ({@code null} if none or "no returns")
 * @param returnable whether the item can be returned, when a returns rule and the facts say
 * @param reservationHours how long items can be held, when an availability rule says
 * @param replies the rules' response templates with their figures filled in
 * @param explanation all of it in plain words
 */
public record Evaluation(
    List<AppliedRule> applied,
    List<OverriddenRule> overridden,
    BigDecimal subtotal,
    BigDecimal discount,
    BigDecimal shippingFee,
    BigDecimal total,
    Integer returnWindowDays,
    Boolean returnable,
    Integer reservationHours,
    List<String> replies,
    String explanation) {}
