package dev.solutionagent.ovf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The ProductSection template ({@code ovf/solution-install-product-section.xml}, bundled
 * in the jar, or a vendor's copy): a well-formed ProductSection with {@code {{marker}}}
 * values, whose {@code {{slot}}} properties are repeated once per target vCenter slot.
 */
public final class ProductSectionTemplate {

	/** The OVF envelope namespace, whatever prefix a document binds it to. */
	public static final String OVF_NS = "http://schemas.dmtf.org/ovf/envelope/1";

	/** Where the jar holds the template of {@code ovf/}. */
	public static final String BUNDLED = "/ovf/solution-install-product-section.xml";

	private static final Pattern SLOT = Pattern.compile("\\{\\{\\s*slot\\s*}}");

	private final Document document;

	private final String source;

	private ProductSectionTemplate(Document document, String source) {
		this.document = document;
		this.source = source;
	}

	public static ProductSectionTemplate bundled() {
		try (InputStream in = ProductSectionTemplate.class.getResourceAsStream(BUNDLED)) {
			if (in == null) {
				throw new IllegalStateException("the jar has no " + BUNDLED + "; rebuild it with mvn package");
			}
			return parse(in.readAllBytes(), "bundled template " + BUNDLED);
		}
		catch (IOException ex) {
			throw new IllegalStateException("the bundled template cannot be read: " + ex.getMessage(), ex);
		}
	}

	public static ProductSectionTemplate load(Path file) {
		return load(file, "template", "--template");
	}

	private static ProductSectionTemplate load(Path file, String what, String option) {
		try {
			return parse(Files.readAllBytes(file), what + " " + file);
		}
		catch (NoSuchFileException ex) {
			throw new OvfException(file, "the ProductSection %s does not exist; check %s".formatted(what, option));
		}
		catch (IOException ex) {
			throw new OvfException(file, "the ProductSection %s cannot be read (%s)".formatted(what, ex.getMessage()));
		}
	}

	static ProductSectionTemplate parse(byte[] content, String source) {
		Document document = Ovf.parse(content, source);
		Element root = document.getDocumentElement();
		if (!Ovf.is(root, "ProductSection")) {
			throw new OvfException(source, "the root element is {%s}%s, not {%s}ProductSection"
				.formatted(root.getNamespaceURI(), root.getLocalName(), OVF_NS));
		}
		return new ProductSectionTemplate(document, source);
	}

	/**
	 * This template without some properties, and without a Category that is left with
	 * none.
	 * @param keys the keys of the properties to leave out
	 * @return a new template
	 */
	public ProductSectionTemplate without(Collection<String> keys) {
		Document copy = (Document) this.document.cloneNode(true);
		Element section = copy.getDocumentElement();
		Ovf.children(section, "Property")
			.stream()
			.filter((property) -> keys.contains(Ovf.key(property)))
			.forEach(section::removeChild);
		for (Element category : Ovf.children(section, "Category")) {
			Node next = category.getNextSibling();
			while (next != null && !(next instanceof Element)) {
				next = next.getNextSibling();
			}
			if (next == null || Ovf.is(next, "Category")) {
				section.removeChild(category);
			}
		}
		return new ProductSectionTemplate(copy, this.source);
	}

	/**
	 * This template with a vendor's own properties at its end: the Category and Property
	 * elements of another ProductSection, so that a vendor need not copy the whole
	 * template to add a few.
	 * @param file a ProductSection holding the vendor's Category and Property elements
	 * @return a new template
	 * @throws OvfException naming the file when it is not such a ProductSection
	 */
	public ProductSectionTemplate with(Path file) {
		ProductSectionTemplate extra = load(file, "properties file", "--properties");
		Document copy = (Document) this.document.cloneNode(true);
		Element section = copy.getDocumentElement();
		for (Node node = extra.document.getDocumentElement().getFirstChild(); node != null; node = node
			.getNextSibling()) {
			if (Ovf.is(node, "Category") || Ovf.is(node, "Property")) {
				section.appendChild(copy.importNode(node, true));
			}
			else if (node instanceof Element element && !Ovf.is(element, "Info")) {
				throw new OvfException(file, "holds a <%s>; a properties file holds only Category and Property "
					.formatted(element.getLocalName()) + "elements (an Info is allowed and left out)");
			}
		}
		return new ProductSectionTemplate(copy, this.source + " with properties " + file);
	}

	/**
	 * Fill in the markers and repeat the slot properties.
	 * @param values the values
	 * @return a new document whose root is the ProductSection
	 * @throws OvfException for an unknown marker or a property key declared twice
	 */
	public Document render(ProductSectionValues values) {
		Document copy = (Document) this.document.cloneNode(true);
		Element section = copy.getDocumentElement();
		Ovf.removeComments(section);
		Markers markers = new Markers(this.source);
		List<Element> slotted = Ovf.children(section, "Property")
			.stream()
			.filter((property) -> SLOT.matcher(Ovf.key(property)).find())
			.toList();
		if (!slotted.isEmpty()) {
			Node anchor = slotted.get(slotted.size() - 1).getNextSibling();
			slotted.forEach(section::removeChild);
			for (int slot = 0; slot < values.slots(); slot++) {
				for (Element property : slotted) {
					Element clone = (Element) property.cloneNode(true);
					markers.fill(clone, Map.of("slot", Integer.toString(slot)));
					section.insertBefore(clone, anchor);
				}
			}
		}
		markers.fillAll(section, values.markers());
		removeEmpty(section);
		checkKeys(section);
		return copy;
	}

	/**
	 * The property keys a rendered ProductSection declares, in order.
	 * @param section a ProductSection element
	 * @return the keys
	 */
	public static List<String> declaredKeys(Element section) {
		return Ovf.children(section, "Property").stream().map(Ovf::key).toList();
	}

	// Product, Vendor and Version are optional; an empty one says nothing.
	private static void removeEmpty(Element section) {
		for (String name : List.of("Product", "Vendor", "Version")) {
			Ovf.children(section, name)
				.stream()
				.filter((element) -> element.getTextContent().isBlank())
				.forEach(section::removeChild);
		}
	}

	private void checkKeys(Element section) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		for (Element property : Ovf.children(section, "Property")) {
			String key = Ovf.key(property);
			if (key.isBlank()) {
				problems.add("a Property has no ovf:key");
			}
			else if (!seen.add(key)) {
				problems.add("property '" + key + "' is declared more than once");
			}
		}
		if (!problems.isEmpty()) {
			throw new OvfException(this.source, String.join("; ", problems));
		}
	}

}
