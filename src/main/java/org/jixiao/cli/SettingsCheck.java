package org.jixiao.cli;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jixiao.batch.ScoringProperties;
import org.jixiao.batch.Settings;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * Refuses a {@code --jixiao.*} argument that {@link Settings} does not have, or whose value it does not
 * take, before anything starts: each is bound alone, as Spring would bind it, to {@link Settings} with
 * nothing left unbound. What jixiao accepts is what that record declares; there is no list to keep
 * beside it. Other {@code --a.b=c} settings go to Spring as they are.
 */
final class SettingsCheck {

    private static final String PREFIX = "jixiao";

    private SettingsCheck() {
    }

    /** @param springArgs the {@code --a.b=c} arguments as given */
    static void check(List<String> springArgs) {
        for (String arg : springArgs) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (name.toLowerCase(Locale.ROOT).startsWith(PREFIX + ".")) {
                bind(arg, name, eq < 0 ? "" : arg.substring(eq + 1).trim());
            }
        }
    }

    private static void bind(String arg, String name, String value) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SimpleCommandLinePropertySource(arg));
        Binder binder = new Binder(ConfigurationPropertySources.from(sources));
        Leaf leaf = new Leaf();
        try {
            binder.bind(PREFIX, Bindable.of(Settings.class), new NoUnboundElementsBindHandler(leaf));
        } catch (BindException e) {
            if (e.getCause() instanceof UnboundConfigurationPropertiesException) {
                throw new Cli.UsageException("未知设置 --" + name + "（评分规则见 README「Configure it」：" + known()
                        + "；线程数：jixiao.threads） / unknown setting");
            }
            if (!name.replaceAll("\\[[^\\]]*\\]", "").matches("[A-Za-z0-9._-]*")) {
                // Spring drops what is not a letter, digit or '-' from a name, unless it is in brackets
                throw new Cli.UsageException("设置 --" + name + " 的名称中，中文须写在方括号里，如 --jixiao.scoring.level-one-weights[产出指标]=50"
                        + " / write a key that is not ASCII in brackets: --jixiao.scoring.level-one-weights[产出指标]=50");
            }
            if (leaf.type == boolean.class || leaf.type == Boolean.class) {
                throw new Cli.UsageException("设置 --" + name + " 的值应为 true 或 false：「" + value + "」 / not true or false: " + value);
            }
            boolean integer = leaf.type == int.class || leaf.type == Integer.class;
            throw new Cli.UsageException("设置 --" + name + " 的值应为" + (integer ? "不小于 0 的整数，如 4" : "不小于 0 的数，如 0.2 或 90")
                    + "：「" + value + "」 / not a number: " + value);
        }
    }

    /** The scoring settings, named as the README names them. */
    private static String known() {
        return Arrays.stream(ScoringProperties.class.getRecordComponents()).map(RecordComponent::getName)
                .map(n -> n.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + (n.endsWith("Weights") ? ".*" : ""))
                .collect(Collectors.joining("、", PREFIX + ".scoring.", ""));
    }

    /** Notes the type of the value the argument was bound to, to say what it should have been. */
    private static final class Leaf extends AbstractBindHandler {
        private Class<?> type;

        @Override
        public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result) {
            if (context.getConfigurationProperty() != null) {
                type = target.getType().resolve();
            }
            return super.onSuccess(name, target, context, result);
        }

        @Override
        public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception error) throws Exception {
            if (type == null && context.getConfigurationProperty() != null) {
                type = target.getType().resolve();
            }
            return super.onFailure(name, target, context, error);
        }
    }
}
