/* rc-guide-computed.c — the guide's computed code, or why there is none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the catalog gives the radio a verified method, the code computed
 * from the serial is shown in large type with what it rests on, its
 * sources, and what to check if the radio refuses it; a button takes it to
 * the next step, as a code read from a card would go. Once the radio has
 * refused it, it is shown struck through and offered no more. Where no
 * method exists, one sentence says so, and the step goes on to the code
 * card and the dealer.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-code-result.h"
#include "rc-confidence-badge.h"
#include "rc-guide-computed.h"
#include "rc-text.h"

struct _RcGuideComputed
{
  AdwBin        parent_instance;

  /* template */
  GtkLabel     *title_label;
  GtkLabel     *code_label;
  GtkLabel     *refused_label;
  GtkLabel     *basis_label;
  GtkLabel     *provenance_label;
  RcConfidenceBadge *badge;
  GtkWidget    *check_title;
  GtkLabel     *check_label;
  GtkWidget    *use_button;
  GtkLabel     *none_label;

  /* owned */
  RcCatalog    *catalog;
  RcLockout    *lockout;
  RcSeries     *series;
  char         *serial_text;
  RcCodeResult *result;
};

G_DEFINE_FINAL_TYPE (RcGuideComputed, rc_guide_computed, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CATALOG,
  PROP_LOCKOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The names of the methods there are: "Renault and Dacia precode, Ford M-series". */
static char *
join_method_names (RcCatalog *catalog)
{
  GListModel *methods = rc_catalog_get_code_methods (catalog);
  guint n = g_list_model_get_n_items (methods);
  g_autofree const char **names = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcCodeMethod) method = g_list_model_get_item (methods, i);

      /* The catalog keeps the method alive after the reference is dropped. */
      names[i] = rc_code_method_get_name (method);
    }
  return rc_text_join_list (names, RC_TEXT_LIST_PLAIN);
}

/* One sentence (or the reason the core gives) for every case without a code. */
static char *
describe_no_code (RcGuideComputed *self)
{
  RcCodeResult *result = self->result;
  RcSeries *series = result->series != NULL ? result->series : self->series;

  if (series != NULL && rc_catalog_lookup_code_method (self->catalog, series) == NULL)
    return rc_code_result_describe_no_method (series);
  if (result->outcome == RC_CODE_NOT_COVERED)
    return g_strdup (result->reason);
  if (result->method != NULL && result->serial[0] == '\0')
    return g_strdup (_("Type the radio's serial in step 4: for this radio the code is computed "
                       "from it."));
  if (result->method != NULL)
    /* Translators: the argument says what is wrong with the serial */
    return g_strdup_printf (_("The code is computed from the serial once it is right. %s"),
                            result->reason);
  {
    g_autofree char *names = join_method_names (self->catalog);

    /* Translators: the argument names the methods, e.g. “Renault and Dacia precode, Ford M-series” */
    return g_strdup_printf (_("For some radios (%s) the code is computed from the serial: pick "
                              "the radio in step 2 and type its serial in step 4."), names);
  }
}

/* "0 7 0 9": a screen reader says the digits, not a number. */
static char *
spell_digits (const char *code)
{
  g_autoptr(GString) spelled = g_string_new (NULL);

  for (const char *p = code; *p != '\0'; p++)
    {
      if (spelled->len > 0)
        g_string_append_c (spelled, ' ');
      g_string_append_c (spelled, *p);
    }
  return g_string_free (g_steal_pointer (&spelled), FALSE);
}

static void
show_code (RcGuideComputed *self)
{
  RcCodeMethod *method = self->result->method;
  const char *code = self->result->code;
  gboolean refused = rc_lockout_get_refused_at (self->lockout, code) != 0;
  g_autofree char *title = NULL;
  g_autofree char *provenance = NULL;
  g_autofree char *spelled = spell_digits (code);

  /* Translators: the argument is the serial, e.g. “Code for B456” */
  title = g_strdup_printf (_("Code for %s"), self->result->serial);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->code_label, code);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->code_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spelled, -1);
  if (refused)
    gtk_widget_add_css_class (GTK_WIDGET (self->code_label), "refused");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->code_label), "refused");
  gtk_widget_set_visible (GTK_WIDGET (self->refused_label), refused);

  gtk_label_set_label (self->basis_label, rc_code_method_get_basis (method));
  /* Translators: the name of the way the code was computed, e.g. “Ford M-series” */
  provenance = g_strdup_printf (_("Method: %s."), rc_code_method_get_name (method));
  gtk_label_set_label (self->provenance_label, provenance);
  /* How sure, and why, as every instruction in the app says it. */
  rc_confidence_badge_set (self->badge, rc_code_method_get_confidence (method),
                           rc_code_method_get_sources (method));
  gtk_label_set_label (self->check_label, rc_code_method_get_refused (method));

  /* A refused code is never offered again as if it had not been tried. */
  gtk_widget_set_visible (self->use_button, !refused);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->use_button),
                                          g_variant_new_string (code));
}

static void
update (RcGuideComputed *self)
{
  gboolean computed;

  g_clear_pointer (&self->result, rc_code_result_free);
  self->result = rc_code_result_new (self->catalog, self->series,
                                     self->serial_text != NULL ? self->serial_text : "");
  computed = self->result->outcome == RC_CODE_COMPUTED;

  gtk_widget_set_visible (GTK_WIDGET (self->title_label), computed);
  gtk_widget_set_visible (GTK_WIDGET (self->code_label), computed);
  gtk_widget_set_visible (GTK_WIDGET (self->basis_label), computed);
  gtk_widget_set_visible (GTK_WIDGET (self->provenance_label), computed);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), computed);
  gtk_widget_set_visible (self->check_title, computed);
  gtk_widget_set_visible (GTK_WIDGET (self->check_label), computed);
  gtk_widget_set_visible (GTK_WIDGET (self->none_label), !computed);

  if (computed)
    {
      show_code (self);
    }
  else
    {
      g_autofree char *none = describe_no_code (self);

      gtk_label_set_label (self->none_label, none);
      gtk_widget_set_visible (GTK_WIDGET (self->refused_label), FALSE);
      gtk_widget_set_visible (self->use_button, FALSE);
    }
}

/* A try was counted: the code may just have been refused. */
static void
failures_changed_cb (RcGuideComputed *self)
{
  if (self->result != NULL && self->result->outcome == RC_CODE_COMPUTED)
    show_code (self);
}

static void
rc_guide_computed_dispose (GObject *object)
{
  RcGuideComputed *self = RC_GUIDE_COMPUTED (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_GUIDE_COMPUTED);
  g_clear_object (&self->catalog);
  g_clear_object (&self->lockout);
  g_clear_object (&self->series);
  g_clear_pointer (&self->serial_text, g_free);
  g_clear_pointer (&self->result, rc_code_result_free);

  G_OBJECT_CLASS (rc_guide_computed_parent_class)->dispose (object);
}

static void
rc_guide_computed_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RcGuideComputed *self = RC_GUIDE_COMPUTED (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_LOCKOUT:
      g_value_set_object (value, self->lockout);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_guide_computed_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RcGuideComputed *self = RC_GUIDE_COMPUTED (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_LOCKOUT:
      self->lockout = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_guide_computed_constructed (GObject *object)
{
  RcGuideComputed *self = RC_GUIDE_COMPUTED (object);

  G_OBJECT_CLASS (rc_guide_computed_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_CATALOG (self->catalog));
  g_return_if_fail (RC_IS_LOCKOUT (self->lockout));
  g_signal_connect_object (self->lockout, "notify::failures", G_CALLBACK (failures_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update (self);
}

static void
rc_guide_computed_class_init (RcGuideComputedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_guide_computed_dispose;
  object_class->constructed = rc_guide_computed_constructed;
  object_class->get_property = rc_guide_computed_get_property;
  object_class->set_property = rc_guide_computed_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, RC_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCKOUT] =
    g_param_spec_object ("lockout", NULL, NULL, RC_TYPE_LOCKOUT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_CONFIDENCE_BADGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-guide-computed.ui");
  gtk_widget_class_bind_template_child (widget_class, RcGuideComputed, title_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideComputed, code_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideComputed, refused_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideComputed, basis_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideComputed, provenance_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideComputed, badge);
  gtk_widget_class_bind_template_child (widget_class, RcGuideComputed, check_title);
  gtk_widget_class_bind_template_child (widget_class, RcGuideComputed, check_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideComputed, use_button);
  gtk_widget_class_bind_template_child (widget_class, RcGuideComputed, none_label);
}

static void
rc_guide_computed_init (RcGuideComputed *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rc_guide_computed_new:
 * @lockout: the tries on this radio, which say whether a code was refused
 */
GtkWidget *
rc_guide_computed_new (RcCatalog *catalog,
                       RcLockout *lockout)
{
  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RC_IS_LOCKOUT (lockout), NULL);

  return g_object_new (RC_TYPE_GUIDE_COMPUTED, "catalog", catalog, "lockout", lockout, NULL);
}

/* The radio picked and its serial as typed; either may be NULL. */
void
rc_guide_computed_set_radio (RcGuideComputed *self,
                             RcSeries        *series,
                             const char      *serial_text)
{
  g_return_if_fail (RC_IS_GUIDE_COMPUTED (self));

  g_set_object (&self->series, series);
  g_free (self->serial_text);
  self->serial_text = g_strdup (serial_text);
  update (self);
}

/**
 * rc_guide_computed_get_code:
 *
 * Returns: (nullable): the code shown, refused or not, or %NULL
 */
const char *
rc_guide_computed_get_code (RcGuideComputed *self)
{
  g_return_val_if_fail (RC_IS_GUIDE_COMPUTED (self), NULL);

  return self->result->code;
}
