package org.communskg.web;

import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * SELECT and ASK answers as an HTML table, for people running queries from the browser form. The
 * page is built whole before it is sent, so it shows at most {@code maxRows} rows; downloads in
 * the other formats stream every row.
 */
final class HtmlResults {
    private HtmlResults() {
    }

    static String select(QueryExecution qe, String queryText, int maxRows) {
        ResultSet rs = qe.execSelect();
        List<String> vars = rs.getResultVars();
        StringBuilder b = new StringBuilder("<h1>Résultats</h1>").append(QueriesController.form(queryText))
                .append("<table class=\"results\"><thead><tr>");
        vars.forEach(v -> b.append("<th>").append(Html.escape(v)).append("</th>"));
        b.append("</tr></thead><tbody>");
        int rows = 0;
        while (rs.hasNext() && rows < maxRows) {
            QuerySolution row = rs.next();
            rows++;
            b.append("<tr>");
            vars.forEach(v -> b.append("<td>").append(cell(row.get(v))).append("</td>"));
            b.append("</tr>");
        }
        b.append("</tbody></table><p>").append(rows).append(rows == maxRows && rs.hasNext()
                ? " premières lignes (tronqué : téléchargez le résultat complet en CSV ou JSON)" : " ligne(s)").append("</p>");
        return Html.page("Résultats", b.toString());
    }

    static String ask(QueryExecution qe, String queryText) {
        String answer = qe.execAsk() ? "vrai" : "faux";
        return Html.page("Résultat", "<h1>Résultat : " + answer + "</h1>" + QueriesController.form(queryText));
    }

    private static String cell(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            return "<a href=\"" + Html.escape(iri) + "\">" + Html.escape(iri) + "</a>";
        }
        if (node.isLiteral()) {
            String lang = node.asLiteral().getLanguage();
            return Html.escape(node.asLiteral().getLexicalForm())
                    + (lang.isEmpty() ? "" : " <small>@" + Html.escape(lang) + "</small>");
        }
        return Html.escape(node.toString());
    }
}
