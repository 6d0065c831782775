package org.communskg.web;

import java.util.List;

/**
 * Bar charts as plain SVG written on the server: readable without JavaScript, scaled to the
 * width of the page, every label escaped.
 */
final class ChartSvg {
    private static final int ROW = 22;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 330;
    private static final int MAX_LABEL = 34;

    private ChartSvg() {
    }

    /**
     * One horizontal bar per item.
     *
     * @param id    the SVG's id
     * @param title what the chart shows (its accessible name)
     * @param bars  label, value and optional link of each bar
     */
    static String bars(String id, String title, List<Bar> bars) {
        int max = bars.stream().mapToInt(Bar::value).max().orElse(1);
        int height = Math.max(ROW, bars.size() * ROW);
        StringBuilder b = new StringBuilder("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(LABEL_WIDTH + BAR_WIDTH + 40).append(' ').append(height).append("\" aria-label=\"")
                .append(Html.escape(title)).append("\"><title>").append(Html.escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW;
            int w = Math.max(2, (int) Math.round((double) BAR_WIDTH * bar.value() / Math.max(1, max)));
            StringBuilder row = new StringBuilder("<g class=\"bar\"><title>").append(Html.escape(bar.label())).append(" : ")
                    .append(bar.value()).append("</title><text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(Html.escape(shortened(bar.label()))).append("</text><rect x=\"")
                    .append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"").append(ROW - 6).append("\"/><text x=\"").append(LABEL_WIDTH + w + 4)
                    .append("\" y=\"").append(y + 15).append("\">").append(bar.value()).append("</text></g>");
            b.append(bar.href() == null ? row : "<a href=\"" + Html.escape(bar.href()) + "\">" + row + "</a>");
        }
        return b.append("</svg>").toString();
    }

    private static String shortened(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    /** A bar: its label, its value, and where it links (or null). */
    record Bar(String label, int value, String href) {
    }
}
