package dev.solutionagent.vim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VimEndpointTests {

	@Test
	void parseWhenHostOrHttpsUrlThenSdkUrl() {
		assertThat(VimEndpoint.parse("vcsa-01.example.com").uri()).hasToString("https://vcsa-01.example.com/sdk");
		assertThat(VimEndpoint.parse("https://vcsa-01.example.com/").uri())
			.hasToString("https://vcsa-01.example.com/sdk");
		assertThat(VimEndpoint.parse("https://127.0.0.1:8989/sdk").peer()).isEqualTo("127.0.0.1:8989");
		assertThat(VimEndpoint.parse("https://[::1]:8989/sdk").port()).isEqualTo(8989);
	}

	@Test
	void parseWhenHttpOrCredentialsInUrlThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> VimEndpoint.parse("http://vc/sdk"))
			.withMessageContaining("not https");
		assertThatIllegalArgumentException().isThrownBy(() -> VimEndpoint.parse("https://root:secret@vc/sdk"))
			.withMessageContaining("--credentials")
			.withMessageNotContaining("secret");
	}

}
