package socklab.classroom;

import java.util.List;

/**
 * The terminal picture as an SVG file for slides and handouts: the same lines in a monospaced
 * font, one text element each, so the SVG shows exactly what the projector showed.
 */
final class SvgPicture {
    private static final int CHAR_WIDTH = 9;
    private static final int LINE_HEIGHT = 18;
    private static final int MARGIN = 12;

    private SvgPicture() {}

    static String of(List<String> lines) {
        int columns = lines.stream().mapToInt(Columns::width).max().orElse(0);
        int width = 2 * MARGIN + columns * CHAR_WIDTH;
        int height = 2 * MARGIN + lines.size() * LINE_HEIGHT;
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n")
                .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("  <g font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"15\" fill=\"#212121\" xml:space=\"preserve\">\n");
        for (int i = 0; i < lines.size(); i++) {
            b.append("    <text x=\"").append(MARGIN).append("\" y=\"").append(MARGIN + (i + 1) * LINE_HEIGHT - 4).append("\">")
                    .append(Painter.svg(lines.get(i))).append("</text>\n");
        }
        return b.append("  </g>\n</svg>\n").toString();
    }
}
