/* rc-lockout-rule.c — what a radio does after wrong codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rc-enum.h"
#include "rc-lockout-rule.h"

struct _RcLockoutRule
{
  GObject       parent_instance;

  char         *id;
  char         *name;
  char         *condition;
  char         *note;
  char         *locked;           /* what the permanent lock means, and who can help */
  char         *default_for;
  RcConfidence  confidence;
  GPtrArray    *sources;          /* RcSource, borrowed from the catalog */
  guint         attempts;
  guint         later_attempts;
  guint         penalty;
  GArray       *waits;            /* guint seconds; the last repeats */
  guint         permanent_after;
  RcPower       power;
  RcPowerCut    power_cut;
  gboolean      fallback;
};

G_DEFINE_FINAL_TYPE (RcLockoutRule, rc_lockout_rule, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rc_lockout_rule_finalize (GObject *object)
{
  RcLockoutRule *self = RC_LOCKOUT_RULE (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->condition);
  g_free (self->note);
  g_free (self->locked);
  g_free (self->default_for);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->waits, g_array_unref);

  G_OBJECT_CLASS (rc_lockout_rule_parent_class)->finalize (object);
}

static void
rc_lockout_rule_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RcLockoutRule *self = RC_LOCKOUT_RULE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_lockout_rule_class_init (RcLockoutRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_lockout_rule_finalize;
  object_class->get_property = rc_lockout_rule_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_lockout_rule_init (RcLockoutRule *self)
{
  self->waits = g_array_new (FALSE, FALSE, sizeof (guint));
  self->sources = g_ptr_array_new ();
}

/* Reads “10s”, “30m”, “1h”. */
gboolean
rc_duration_parse (const char *text,
                   guint      *seconds)
{
  guint64 n;
  char *end = NULL;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;

  n = g_ascii_strtoull (text, &end, 10);
  if (end[0] == '\0' || end[1] != '\0' || n == 0 || n > 1000000)
    return FALSE;

  switch (end[0])
    {
    case 's':
      *seconds = n;
      return TRUE;
    case 'm':
      *seconds = n * 60;
      return TRUE;
    case 'h':
      *seconds = n * 3600;
      return TRUE;
    default:
      return FALSE;
    }
}

/* “1 hour”, “30 minutes”, “10 seconds”, “1 hour 30 minutes”. */
char *
rc_duration_describe (guint seconds)
{
  guint h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60;
  g_autofree char *hours = NULL, *minutes = NULL;

  if (h == 0 && m == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", s), s);

  if (h > 0)
    hours = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour", "%u hours", h), h);
  if (m > 0)
    minutes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", m), m);

  if (hours != NULL && minutes != NULL)
    /* Translators: hours and minutes, e.g. “1 hour 30 minutes” */
    return G_GNUC_EXTENSION g_strdup_printf (C_("hours and minutes", "%1$s %2$s"), hours, minutes);
  return g_strdup (hours != NULL ? hours : minutes);
}

const char *
rc_power_describe (RcPower power)
{
  switch (power)
    {
    case RC_POWER_ACC:
      return _("Ignition in ACC, engine off");
    case RC_POWER_RADIO_ON:
      return _("Radio switched on");
    case RC_POWER_BATTERY:
      return _("Battery connected");
    case RC_POWER_UNKNOWN:
      return _("What must stay on is not known");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
parse_count (const char  *text,
             guint       *value,
             const char  *what,
             GError     **error)
{
  guint64 n;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 1000, &n, NULL))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "“%s” must be a whole number from 1 to 1000, not “%s”", what, text);
      return FALSE;
    }
  *value = n;
  return TRUE;
}

/* One duration or a list of them; the last one repeats. */
static gboolean
parse_waits (RcLockoutRule  *self,
             const char     *wait,
             GError        **error)
{
  g_auto(GStrv) waits = g_strsplit (wait, " ", -1);

  for (guint i = 0; waits[i] != NULL; i++)
    {
      guint seconds;

      if (waits[i][0] == '\0')
        continue;
      if (!rc_duration_parse (waits[i], &seconds))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "lockout “%s”: bad wait “%s” (use 10s, 5m or 1h)", self->id, waits[i]);
          return FALSE;
        }
      g_array_append_val (self->waits, seconds);
    }
  if (self->waits->len == 0)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "lockout “%s”: “wait” is empty", self->id);
      return FALSE;
    }
  return TRUE;
}

/* The words are the nicks of RcPower and RcPowerCut. */
static gboolean
parse_power (RcLockoutRule  *self,
             const char     *power,
             const char     *power_cut,
             GError        **error)
{
  int value;

  if (!rc_enum_from_nick (RC_TYPE_POWER, power, &value))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "lockout “%s”: “power” must be acc, radio-on, battery or unknown", self->id);
      return FALSE;
    }
  self->power = value;
  if (!rc_enum_from_nick (RC_TYPE_POWER_CUT, power_cut, &value))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "lockout “%s”: “power-cut” must be restarts, keeps or unknown", self->id);
      return FALSE;
    }
  self->power_cut = value;
  return TRUE;
}

/* The counts: tries before the first wait and before each later one, and
 * the wrong codes in all after which the radio locks for good. */
static gboolean
parse_counts (RcLockoutRule  *self,
              const char     *attempts,
              const char     *later,
              const char     *permanent,
              GError        **error)
{
  if (!parse_count (attempts, &self->attempts, "attempts", error))
    return FALSE;
  self->later_attempts = self->attempts;
  if (later != NULL && !parse_count (later, &self->later_attempts, "later-attempts", error))
    return FALSE;
  return permanent == NULL ||
         parse_count (permanent, &self->permanent_after, "permanent-after", error);
}

RcLockoutRule *
rc_lockout_rule_new_from_attributes (const char **names,
                                     const char **values,
                                     GError     **error)
{
  g_autoptr(RcLockoutRule) self = g_object_new (RC_TYPE_LOCKOUT_RULE, NULL);
  const char *id, *confidence, *attempts, *later = NULL, *penalty = NULL, *wait;
  const char *permanent = NULL, *power, *power_cut, *default_for = NULL, *fallback = NULL;
  const char *sources;

  if (!g_markup_collect_attributes ("lockout", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "confidence", &confidence,
                                    G_MARKUP_COLLECT_STRING, "sources", &sources,
                                    G_MARKUP_COLLECT_STRING, "attempts", &attempts,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "later-attempts", &later,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "penalty", &penalty,
                                    G_MARKUP_COLLECT_STRING, "wait", &wait,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "permanent-after", &permanent,
                                    G_MARKUP_COLLECT_STRING, "power", &power,
                                    G_MARKUP_COLLECT_STRING, "power-cut", &power_cut,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "default-for", &default_for,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "fallback", &fallback,
                                    G_MARKUP_COLLECT_INVALID))
    return NULL;

  self->id = g_strdup (id);
  self->default_for = g_strdup (default_for);
  self->fallback = g_strcmp0 (fallback, "yes") == 0;

  if (!rc_confidence_parse (confidence, &self->confidence))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "lockout “%s”: unknown confidence “%s”", id, confidence);
      return NULL;
    }
  if (!parse_counts (self, attempts, later, permanent, error))
    return NULL;
  if (penalty != NULL && !rc_duration_parse (penalty, &self->penalty))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "lockout “%s”: bad penalty “%s” (use 10s, 5m or 1h)", id, penalty);
      return NULL;
    }
  if (!parse_waits (self, wait, error) || !parse_power (self, power, power_cut, error))
    return NULL;

  return g_steal_pointer (&self);
}

void
rc_lockout_rule_set_text (RcLockoutRule *self,
                          RcLockoutText  field,
                          const char    *text)
{
  char **fields[] = {
    [RC_LOCKOUT_TEXT_NAME] = &self->name,
    [RC_LOCKOUT_TEXT_CONDITION] = &self->condition,
    [RC_LOCKOUT_TEXT_NOTE] = &self->note,
    [RC_LOCKOUT_TEXT_LOCKED] = &self->locked,
  };

  g_assert (field < G_N_ELEMENTS (fields));
  g_free (*fields[field]);
  *fields[field] = g_strdup (text);
}

void
rc_lockout_rule_set_sources (RcLockoutRule *self,
                             GPtrArray     *sources)
{
  g_ptr_array_extend (self->sources, sources, NULL, NULL);
}

const char *
rc_lockout_rule_get_default_for (RcLockoutRule *self)
{
  return self->default_for;
}

const char *
rc_lockout_rule_get_id (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), NULL);
  return self->id;
}

const char *
rc_lockout_rule_get_name (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), NULL);
  return self->name;
}

/* What the radio's permanent lock means and who can still help; %NULL if the catalog does not say. */
const char *
rc_lockout_rule_get_locked (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), NULL);
  return self->locked;
}

/* What must stay as it is while the radio waits, in the user's words. */
const char *
rc_lockout_rule_get_condition (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), NULL);
  return self->condition;
}

const char *
rc_lockout_rule_get_note (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), NULL);
  return self->note;
}

RcConfidence
rc_lockout_rule_get_confidence (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), RC_CONFIDENCE_UNVERIFIED);
  return self->confidence;
}

GPtrArray *
rc_lockout_rule_get_sources (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), NULL);
  return self->sources;
}

/* Wrong codes allowed before the next wait, once @waits_so_far waits are over. */
guint
rc_lockout_rule_get_attempts (RcLockoutRule *self,
                              guint          waits_so_far)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), 1);
  return waits_so_far == 0 ? self->attempts : self->later_attempts;
}

/* Seconds of pause after a wrong code that does not start a wait; 0 for none. */
guint
rc_lockout_rule_get_penalty (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), 0);
  return self->penalty;
}

/* Seconds of the wait numbered @index from 0; the last one repeats. */
guint
rc_lockout_rule_get_wait (RcLockoutRule *self,
                          guint          index)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), 0);
  return g_array_index (self->waits, guint, MIN (index, self->waits->len - 1));
}

/* Wrong codes in all after which the radio locks for good; 0 when no source says. */
guint
rc_lockout_rule_get_permanent_after (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), 0);
  return self->permanent_after;
}

RcPower
rc_lockout_rule_get_power (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), RC_POWER_RADIO_ON);
  return self->power;
}

RcPowerCut
rc_lockout_rule_get_power_cut (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), RC_POWER_CUT_UNKNOWN);
  return self->power_cut;
}

gboolean
rc_lockout_rule_applies_to (RcLockoutRule *self,
                            RcSeries      *series)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), FALSE);
  return series != NULL && g_strcmp0 (self->default_for, rc_series_get_id (series)) == 0;
}

gboolean
rc_lockout_rule_is_fallback (RcLockoutRule *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), FALSE);
  return self->fallback;
}

/* The rule in one or two sentences: “3 wrong codes, then a wait of 1 hour.” */
char *
rc_lockout_rule_describe (RcLockoutRule *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *first = NULL;

  g_return_val_if_fail (RC_IS_LOCKOUT_RULE (self), NULL);

  first = rc_duration_describe (rc_lockout_rule_get_wait (self, 0));
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "%u wrong code, then a wait of %s.",
                                            "%u wrong codes, then a wait of %s.",
                                            self->attempts),
                          self->attempts, first);

  if (self->waits->len > 1)
    {
      g_autofree char *last = rc_duration_describe (g_array_index (self->waits, guint,
                                                                   self->waits->len - 1));

      g_string_append_c (out, ' ');
      g_string_append_printf (out, _("Each later wait is longer, up to %s."), last);
    }
  if (self->later_attempts != self->attempts)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "After that, a wait after every wrong code.",
                                                "After that, a wait after every %u wrong codes.",
                                                self->later_attempts),
                              self->later_attempts);
    }
  if (self->permanent_after > 0)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "Locked for good after %u wrong code in all.",
                                                "Locked for good after %u wrong codes in all.",
                                                self->permanent_after),
                              self->permanent_after);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
