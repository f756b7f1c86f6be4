package io.konversio.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** At least 100 hostile strings: injection attempts, DRL / MVEL keywords, regex metacharacters, odd Unicode. */
final class HostileCorpus {
    private HostileCorpus() {
    }

    static List<String> values() {
        Set<String> out = new LinkedHashSet<>();
        out.addAll(List.of(
                "\"", "'", "\\\"", "\\", "\\\\", "\"\"\"", "`", "\"); System.exit(1); //",
                "refund\"); sink.log(\"INJECTED", "\" + System.exit(1) + \"", "'); DROP TABLE automation_rules; --",
                "' OR '1'='1", "*/ System.exit(1); /*", "/*", "*/", "//", "<script>alert(1)</script>", "</rule>",
                "${7*7}", "#{7*7}", "@{7*7}", "${java.lang.Runtime.getRuntime().exec('id')}",
                "#{T(java.lang.System).exit(1)}", "@{System.exit(1)}", "@if{true}x@end{}", "@foreach{x : y}@end{}",
                "{{contact.name}}", "{% raw %}", "%{x}", "%s%s%s%n", "$1", "\\u0022", "\\n",
                ".*", ".*+?[](){}|^$\\", "(?i).*", "\\Q.*\\E", "\\d+", "[a-z]+", "(a|b)*c", "^$", "a{2,}", "[^]",
                "?", "+", "*", "|", "^", "$", ".", "(", ")", "[", "]", "{", "}",
                "\u0000", "a\u0000b", "\u0001\u0002\u0003", "\t", "\n", "\r\n", "line1\nline2", "\u007f", "\u001b[31mred",
                "\u2028\u2029", "\u200b", "\ufeffbom", "\u00a0nbsp",
                "😀", "👩‍👩‍👧‍👦", "🏳️‍🌈 flag", "e\u0301", "Ω", "ΑΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ß", "STRASSE", "ﬁ", "ǅ",
                "مرحبا بالعالم", "שלום", "\u202eevil\u202c", "\u200fRTL mark", "日本語のテキスト", "한국어", "Ünïcödé",
                " ", "  padded  ", "null", "true", "false", "0", "-0", "1e309", "NaN", "[1,2]",
                "{\"all\":[]}", "{\"attribute_key\":\"x\"}", "a\"b'c\\d",
                "a".repeat(10_000), "😀".repeat(5_000), "x\"".repeat(3_000)));
        for (String keyword : List.of("rule", "when", "then", "end", "modify", "insert", "update", "delete",
                "retract", "salience", "agenda-group", "no-loop", "lock-on-active", "dialect \"mvel\"", "query",
                "declare", "function", "global", "import java.lang.System;", "package evil;", "eval(true)",
                "not", "exists", "forall", "accumulate", "collect", "from", "entry-point", "this", "drools.halt()",
                "kcontext", "new java.io.File(\"/\").delete()", "def", "foreach", "with", "System.exit(0)")) {
            out.add(keyword);
        }
        out.add("rule \"x\" when then System.exit(1); end");
        out.add("end\nrule \"evil\" salience 100 when then System.exit(1); end\nrule \"y\" when");
        out.add("modify($e) { setStatus(\"resolved\") }");
        return new ArrayList<>(out);
    }
}
