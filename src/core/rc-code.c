/* rc-code.c — entering a code on the radio: which button, how many presses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most of these radios take a four-digit code on presets 1 to 4: each
 * press of preset n steps digit n on. Whether the first press shows 1 (the
 * digit starts at 0) or 0 (it starts at "-") is the series' entry rule.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include <gio/gio.h>

#include "rc-code.h"
#include "rc-error.h"

#define CODE_DIGITS 4

/* @code without its spaces: “16 09” is 1609. */
char *
rc_code_normalize (const char *code)
{
  GString *digits = g_string_new (NULL);

  g_return_val_if_fail (code != NULL, g_string_free (digits, FALSE));

  for (const char *p = code; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (digits, *p);
  return g_string_free (digits, FALSE);
}

/* Whether @code is four digits, after spaces are dropped. */
gboolean
rc_code_is_valid (const char  *code,
                  GError     **error)
{
  guint digits = 0;

  g_return_val_if_fail (code != NULL, FALSE);

  for (const char *p = code; *p != '\0'; p++)
    {
      if (*p == ' ')
        continue;
      if (!g_ascii_isdigit (*p))
        {
          g_set_error (error, RC_ERROR, RC_ERROR_BAD_CODE,
                       _("A radio code has only digits."));
          return FALSE;
        }
      digits++;
    }

  if (digits != CODE_DIGITS)
    {
      g_set_error (error, RC_ERROR, RC_ERROR_BAD_CODE,
                   g_dngettext (GETTEXT_PACKAGE, "A radio code has %d digits; this has %u.",
                                "A radio code has %d digits; this has %u.", CODE_DIGITS),
                   CODE_DIGITS, digits);
      return FALSE;
    }
  return TRUE;
}

/**
 * rc_code_plan:
 * @code: a valid code (see rc_code_is_valid())
 *
 * Returns: (transfer full) (element-type RcPress): one press plan per digit
 */
GArray *
rc_code_plan (RcSeries   *series,
              const char *code)
{
  GArray *plan = g_array_new (FALSE, FALSE, sizeof (RcPress));
  gboolean from_dash = rc_series_get_entry_starts_at_dash (series);

  g_return_val_if_fail (RC_IS_SERIES (series), plan);
  g_return_val_if_fail (code != NULL, plan);

  for (const char *p = code; *p != '\0'; p++)
    {
      RcPress press;

      if (!g_ascii_isdigit (*p))
        continue;
      press.button = plan->len + 1;
      press.digit = *p - '0';
      /* From "-", the first press shows 0; from 0, it shows 1. */
      press.presses = from_dash ? press.digit + 1 : press.digit;
      g_array_append_val (plan, press);
    }
  return plan;
}

/* “Preset 2: press 4 times, until it shows 4.” */
char *
rc_code_describe_press (RcSeries      *series,
                        const RcPress *press)
{
  g_return_val_if_fail (press != NULL, NULL);

  if (press->presses == 0)
    /* Translators: the preset's number, then the digit it already shows (numbers, not a count) */
    return g_strdup_printf (_("Preset %u: leave it at %u."), press->button, press->digit);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Preset %u: press %u time, until it shows %u.",
                                       "Preset %u: press %u times, until it shows %u.",
                                       press->presses),
                          press->button, press->presses, press->digit);
}

/**
 * rc_code_upside_down:
 *
 * A card read upside down turns 1609 into 6091. When every digit of @code
 * still reads as a digit turned round (0, 1, 6, 8, 9) and the result
 * differs, returns it.
 *
 * Returns: (transfer full) (nullable): the code as read upside down, or %NULL
 */
char *
rc_code_upside_down (const char *code)
{
  g_autoptr(GString) turned = g_string_new (NULL);
  g_autofree char *digits = NULL;
  GString *kept = g_string_new (NULL);

  g_return_val_if_fail (code != NULL, NULL);

  for (const char *p = code; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (kept, *p);
  digits = g_string_free (kept, FALSE);

  for (gssize i = (gssize) strlen (digits) - 1; i >= 0; i--)
    {
      switch (digits[i])
        {
        case '0':
        case '1':
        case '8':
          g_string_append_c (turned, digits[i]);
          break;
        case '6':
          g_string_append_c (turned, '9');
          break;
        case '9':
          g_string_append_c (turned, '6');
          break;
        default:
          return NULL;
        }
    }

  if (turned->len == 0 || g_str_equal (turned->str, digits))
    return NULL;
  return g_string_free (g_steal_pointer (&turned), FALSE);
}
