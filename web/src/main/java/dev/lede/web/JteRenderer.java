package dev.lede.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.HashMap;
import java.util.Map;

/**
 * Javalin's {@link FileRenderer} over jte's precompiled templates (the javalin-rendering-jte module is not
 * available, and this is all it would do). Templates are compiled at build time, so there is no compiler at run time
 * and no template is read from disk.
 */
final class JteRenderer implements FileRenderer {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  @Override
  public String render(String filePath, Map<String, ?> model, Context ctx) {
    // jte picks its Map overload only for Map<String, Object>.
    Map<String, Object> params = new HashMap<>(model);
    StringOutput out = new StringOutput();
    engine.render(filePath, params, out);
    return out.toString();
  }
}
