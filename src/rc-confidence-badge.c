/* rc-confidence-badge.c — how sure the catalog is of an instruction, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One small widget shows certainty the same way everywhere an instruction
 * appears: the guide, the method pages, the WAIT page and the reference. It
 * names the confidence, and for an instruction that rests on one source or
 * none it says so in words and in the warning colour, before the owner spends
 * a try on it. The sources are named below.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rc-confidence-badge.h"

struct _RcConfidenceBadge
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *name_box;
  GtkImage     *icon;
  GtkLabel     *name_label;
  GtkLabel     *detail_label;
  GtkLabel     *sources_label;

  RcConfidence  confidence;
};

G_DEFINE_FINAL_TYPE (RcConfidenceBadge, rc_confidence_badge, GTK_TYPE_WIDGET)

static void
rc_confidence_badge_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RC_TYPE_CONFIDENCE_BADGE);

  G_OBJECT_CLASS (rc_confidence_badge_parent_class)->dispose (object);
}

static void
rc_confidence_badge_class_init (RcConfidenceBadgeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rc_confidence_badge_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/RadioCode/ui/rc-confidence-badge.ui");
  gtk_widget_class_bind_template_child (widget_class, RcConfidenceBadge, box);
  gtk_widget_class_bind_template_child (widget_class, RcConfidenceBadge, name_box);
  gtk_widget_class_bind_template_child (widget_class, RcConfidenceBadge, icon);
  gtk_widget_class_bind_template_child (widget_class, RcConfidenceBadge, name_label);
  gtk_widget_class_bind_template_child (widget_class, RcConfidenceBadge, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RcConfidenceBadge, sources_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-confidence-badge");
}

static void
rc_confidence_badge_init (RcConfidenceBadge *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_confidence_badge_set (self, RC_CONFIDENCE_UNVERIFIED, NULL);
}

GtkWidget *
rc_confidence_badge_new (void)
{
  return g_object_new (RC_TYPE_CONFIDENCE_BADGE, NULL);
}

/**
 * rc_confidence_badge_set:
 * @sources: (nullable) (element-type RcSource): where the instruction comes from
 *
 * Shows how sure the catalog is of the instruction beside the badge.
 */
void
rc_confidence_badge_set (RcConfidenceBadge *self,
                         RcConfidence       confidence,
                         GPtrArray         *sources)
{
  gboolean weak = rc_confidence_is_weak (confidence);
  g_autofree char *from = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (RC_IS_CONFIDENCE_BADGE (self));

  self->confidence = confidence;

  /* Translators: how sure an instruction is, e.g. “How sure: One source” */
  name = g_strdup_printf (_("How sure: %s"), rc_confidence_get_name (confidence));
  gtk_label_set_label (self->name_label, name);
  gtk_image_set_from_icon_name (self->icon, weak ? "dialog-warning-symbolic"
                                                 : "emblem-ok-symbolic");
  /* Strong instructions need no sentence; weak ones say what to do about it. */
  gtk_label_set_label (self->detail_label, weak ? rc_confidence_describe (confidence) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), weak);

  if (sources != NULL && sources->len > 0)
    {
      g_autofree char *names = rc_sources_describe (sources);

      /* Translators: the sources an instruction comes from */
      from = g_strdup_printf (_("From: %s"), names);
    }
  gtk_label_set_label (self->sources_label, from != NULL ? from : "");
  gtk_widget_set_visible (GTK_WIDGET (self->sources_label), from != NULL);

  /* The warning colour marks what to be careful of; the sources stay plain, dim text. */
  if (weak)
    {
      gtk_widget_add_css_class (self->name_box, "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->detail_label), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (self->name_box, "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (self->detail_label), "warning");
    }
}

RcConfidence
rc_confidence_badge_get_confidence (RcConfidenceBadge *self)
{
  g_return_val_if_fail (RC_IS_CONFIDENCE_BADGE (self), RC_CONFIDENCE_UNVERIFIED);
  return self->confidence;
}
