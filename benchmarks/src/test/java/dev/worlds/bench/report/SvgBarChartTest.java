package dev.worlds.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgBarChartTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    private static final BarChart CHART = new BarChart("Search <&> \"undo\"", "JDK 17; run test", "hand-written undo",
            "time / hand undo", "goal: ≤ 1.2×",
            List.of(new BarChart.Series("worlds", "Worlds", "#0072B2"), new BarChart.Series("copying", "copying", "#009E73")),
            List.of(new BarChart.Group("NQueens n=12", "hand undo 50 ms/op · run", 1.2, List.of(
                            new BarChart.Bar("worlds", new Measurement(2.0, 0.1, "x"), "worlds: 100 ms/op"),
                            new BarChart.Bar("copying", new Measurement(0.5, Double.NaN, "x"), "copying: 25 ms/op"))),
                    new BarChart.Group("Sudoku", "hand undo 3 ms/op · run", Double.NaN, List.of(
                            new BarChart.Bar("copying", new Measurement(0.91, 0.05, "x"), "copying: 2.7 ms/op")))));

    @Test
    void isWellFormedSvgWithOneBarPerMeasurement() throws Exception {
        Document svg = parse(SvgBarChart.render(CHART));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals(SVG, svg.getDocumentElement().getNamespaceURI());
        List<Element> bars = withClass(svg, "rect", "bar");
        assertEquals(3, bars.size());
        assertEquals(List.of("worlds", "copying", "copying"), bars.stream().map(b -> b.getAttribute("data-series")).toList());
        assertEquals(List.of(2.0, 0.5, 0.91), bars.stream().map(b -> Double.parseDouble(b.getAttribute("data-ratio"))).toList());
        assertEquals(List.of("#0072B2", "#009E73", "#009E73"), bars.stream().map(b -> b.getAttribute("fill")).toList());
        assertEquals("worlds: 100 ms/op", bars.get(0).getTextContent(), "tooltip");
    }

    @Test
    void labelsTheGroupsTheBarsAndTheLegend() throws Exception {
        Document svg = parse(SvgBarChart.render(CHART));
        assertEquals(List.of("NQueens n=12", "Sudoku"), texts(svg, "group-label"));
        assertEquals(List.of("hand undo 50 ms/op · run", "hand undo 3 ms/op · run"), texts(svg, "group-note"));
        assertEquals(List.of("2.00×", "0.50×", "0.91×"), texts(svg, "value"));
        assertEquals("Search <&> \"undo\"", texts(svg, "title").get(0), "escaped and read back");
        String legend = ((Element) svg.getElementsByTagNameNS(SVG, "g").item(0)).getTextContent();
        for (String entry : List.of("Worlds", "copying", "hand-written undo = 1×", "goal: ≤ 1.2×")) {
            assertTrue(legend.contains(entry), legend);
        }
        assertTrue(texts(svg, "tick").containsAll(List.of("0.5×", "1×", "2×")), texts(svg, "tick").toString());
    }

    @Test
    void barsStartAtTheBaselineAndAreLogarithmic() throws Exception {
        Document svg = parse(SvgBarChart.render(CHART));
        double one = Double.parseDouble(withClass(svg, "line", "baseline").get(0).getAttribute("x1"));
        Element slower = withClass(svg, "rect", "bar").get(0);
        Element faster = withClass(svg, "rect", "bar").get(1);
        assertEquals(one, number(slower, "x"), 0.1, "a ratio above 1 grows right from the 1× line");
        assertEquals(one, number(faster, "x") + number(faster, "width"), 0.1, "a ratio below 1 grows left to it");
        assertEquals(number(slower, "width"), number(faster, "width"), 0.2, "2× and 0.5× are equally long");
        List<Element> goals = withClass(svg, "line", "goal");
        assertEquals(1, goals.size(), "only the group with a goal has a goal mark");
        assertEquals(1.2, Double.parseDouble(goals.get(0).getAttribute("data-goal")));
        double goalX = number(goals.get(0), "x1");
        assertTrue(goalX > one && goalX < number(slower, "x") + number(slower, "width"), "1.2× lies between 1× and 2×");
        assertEquals(2 * 3, withClass(svg, "line", "error").size(), "whiskers with two caps for the bars with an error");
    }

    @Test
    void axisSpansTheDataOnTheOneTwoFiveSequence() {
        LogAxis axis = LogAxis.covering(List.of(0.055, 3.1, Double.NaN), 100, 400);
        assertEquals(0.05, axis.min());
        assertEquals(5, axis.max());
        assertEquals(List.of(0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0), axis.ticks());
        assertEquals(100, axis.position(0.05), 1e-9);
        assertEquals(500, axis.position(5), 1e-9);
        assertEquals(300, axis.position(0.5), 1e-9, "0.05..0.5 is half of 0.05..5");
        assertEquals(500, axis.position(1e6), 1e-9, "clamped");
        assertTrue(axis.isCutOff(1e6));
        LogAxis narrow = LogAxis.covering(List.of(1.0), 0, 100);
        assertEquals(0.5, narrow.min());
        assertEquals(2, narrow.max());
        LogAxis wide = LogAxis.covering(List.of(1e-5, 1e5), 0, 100);
        assertEquals(LogAxis.FLOOR, wide.min());
        assertEquals(LogAxis.CAP, wide.max());
        assertEquals("0.05×", LogAxis.label(0.05));
        assertEquals("20×", LogAxis.label(20));
    }

    @Test
    void wrapsLongLinesAtSpaces() {
        assertEquals(List.of("aaa bbb", "ccc"), SvgBarChart.wrap("aaa bbb ccc", 7));
        assertEquals(List.of("averyveryverylongword", "x"), SvgBarChart.wrap("averyveryverylongword x", 5));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> withClass(Document svg, String tag, String cssClass) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG, tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    static List<String> texts(Document svg, String cssClass) {
        return withClass(svg, "text", cssClass).stream().map(Element::getTextContent).toList();
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
