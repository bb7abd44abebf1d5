package dev.solutionagent.logging;

import java.util.Arrays;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import dev.solutionagent.Printable;
import org.jspecify.annotations.Nullable;

/**
 * {@code %ex} with the message of each exception, cause and suppressed exception escaped
 * as {@link EscapedMessageConverter} escapes the log message; the trace keeps its lines.
 */
public class EscapedThrowableConverter extends ThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy proxy) {
		return super.throwableProxyToString(new Escaped(proxy));
	}

	private record Escaped(IThrowableProxy proxy) implements IThrowableProxy {

		@Override
		public @Nullable String getMessage() {
			return escape(this.proxy.getMessage());
		}

		@Override
		public @Nullable String getOverridingMessage() {
			return escape(this.proxy.getOverridingMessage());
		}

		@Override
		public String getClassName() {
			return this.proxy.getClassName();
		}

		@Override
		public StackTraceElementProxy[] getStackTraceElementProxyArray() {
			return this.proxy.getStackTraceElementProxyArray();
		}

		@Override
		public int getCommonFrames() {
			return this.proxy.getCommonFrames();
		}

		@Override
		public @Nullable IThrowableProxy getCause() {
			return (this.proxy.getCause() != null) ? new Escaped(this.proxy.getCause()) : null;
		}

		@Override
		public IThrowableProxy[] getSuppressed() {
			return Arrays.stream(this.proxy.getSuppressed()).map(Escaped::new).toArray(IThrowableProxy[]::new);
		}

		@Override
		public boolean isCyclic() {
			return this.proxy.isCyclic();
		}

		private static @Nullable String escape(@Nullable String text) {
			return (text != null) ? Printable.escape(text) : null;
		}

	}

}
