package org.dicomstandard.quotable.teams.botframework;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each kind of authenticated Activity gets. A message (typed, or a card button's {@code Action.Submit})
 * is acknowledged at once and answered through the {@link Connector}; the message extension's invokes
 * ({@code composeExtension/query}, {@code composeExtension/selectItem}) are answered in the response body, as
 * Teams requires; every other type or invoke is acknowledged and ignored.
 */
final class ActivityHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityHandler.class);
    static final String QUERY = "composeExtension/query";
    static final String SELECT = "composeExtension/selectItem";
    /** The search command's text parameter in teams/manifest.json. */
    static final String QUERY_PARAMETER = "searchQuery";
    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 25;

    private final Answering answers;
    private final Connector connector;

    ActivityHandler(Answering answers, Connector connector) {
        this.answers = answers;
        this.connector = connector;
    }

    /** The response body for this Activity, or null for an empty 200. */
    Map<String, Object> handle(Activity activity) {
        String type = activity.type() == null ? "" : activity.type();
        switch (type) {
            case "message" -> {
                Map<String, Object> data = activity.valueObject();
                Map<String, Object> reply = data != null ? answers.submit(data) : answers.message(activity.text());
                if (reply != null) connector.reply(activity, reply);
                return null;
            }
            case "invoke" -> {
                return invoke(activity);
            }
            default -> {
                LOG.debug("Teams: ignored an Activity of type {}", type.length() > 40 ? type.substring(0, 40) : type);
                return null;
            }
        }
    }

    private Map<String, Object> invoke(Activity activity) {
        Map<String, Object> value = activity.valueObject();
        if (QUERY.equals(activity.name())) {
            Map<String, Object> options = value == null ? null : object(value.get("queryOptions"));
            int skip = Math.min(1000, Math.max(0, number(options, "skip", 0)));
            int count = Math.min(MAX_COUNT, Math.max(1, number(options, "count", DEFAULT_COUNT)));
            return results(answers.search(query(value), skip, count));
        }
        if (SELECT.equals(activity.name())) {
            Map<String, Object> chosen = value == null ? null : answers.chosen(value);
            return results(chosen == null ? List.of() : List.of(chosen));
        }
        return null;
    }

    /** The text typed in the compose box; empty for the first run (manifest {@code initialRun}) or anything else. */
    private static String query(Map<String, Object> value) {
        if (value == null || !(value.get("parameters") instanceof List<?> parameters)) return "";
        for (Object p : parameters) {
            Map<String, Object> parameter = object(p);
            if (parameter != null && QUERY_PARAMETER.equals(parameter.get("name")) && parameter.get("value") != null) {
                return String.valueOf(parameter.get("value"));
            }
        }
        return "";
    }

    private static Map<String, Object> results(List<Map<String, Object>> attachments) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("type", "result");
        result.put("attachmentLayout", "list");
        result.put("attachments", attachments);
        return Map.of("composeExtension", result);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    private static int number(Map<String, Object> map, String key, int otherwise) {
        return map != null && map.get(key) instanceof Number n ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n.longValue())) : otherwise;
    }
}
