package dev.solutionagent.delivery;

/**
 * A registration vCenter accepted.
 *
 * @param httpStatus the status of the accepting response
 * @param attempts how many requests it took
 * @param detail what vCenter answered
 */
public record DeliveryResult(int httpStatus, int attempts, String detail) {

}
