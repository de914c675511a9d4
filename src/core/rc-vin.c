/* rc-vin.c — the vehicle identification number, and a request to a dealer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A VIN has 17 letters and digits and never uses I, O or Q, so they cannot
 * be mistaken for 1 and 0. Only North American VINs (first character 1 to
 * 5) are sure to carry a check digit in position 9; elsewhere the maker may
 * use that position freely, so a check digit that does not add up is only
 * ever a warning.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rc-vin.h"

static int
transliterate (char c)
{
  static const char letters[] = "ABCDEFGHJKLMNPRSTUVWXYZ";
  static const int values[] = { 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9 };
  const char *at;

  if (g_ascii_isdigit (c))
    return c - '0';
  at = strchr (letters, c);
  return at != NULL ? values[at - letters] : -1;
}

static char
check_digit (const char *vin)
{
  static const int weights[RC_VIN_LENGTH] = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };
  int sum = 0;

  for (guint i = 0; i < RC_VIN_LENGTH; i++)
    sum += transliterate (vin[i]) * weights[i];
  sum %= 11;
  return sum == 10 ? 'X' : '0' + sum;
}

/* The VIN as it is compared: spaces and dashes left out, in upper case, and
 * cut after some 64 bytes, between characters (what is shown must stay text). */
static char *
normalize (const char *text)
{
  g_autoptr(GString) vin = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '-' || *p == '\t')
        continue;
      if (vin->len > 64 && (*p & 0xC0) != 0x80)
        break;
      g_string_append_c (vin, g_ascii_toupper (*p));
    }
  return g_string_free (g_steal_pointer (&vin), FALSE);
}

/* Gives @check its verdict; TRUE for a VIN that looks right, so that a check can stop at a
 * verdict that says what is wrong. */
static gboolean
judge (RcVinCheck   *check,
       RcVinVerdict  verdict,
       guint         position,
       char         *explanation)
{
  check->verdict = verdict;
  check->position = position;
  check->explanation = explanation;
  return verdict == RC_VIN_VALID;
}

/* The first character no VIN has, if any, judged in @check; FALSE when there is one. */
static gboolean
check_characters (RcVinCheck *check)
{
  for (guint i = 0; check->vin[i] != '\0'; i++)
    {
      char c = check->vin[i];

      if (c == 'I' || c == 'O' || c == 'Q')
        return judge (check, RC_VIN_INVALID, i + 1,
                      /* Translators: %u is the character's position (not a count), %c a
                       * letter, then a digit */
                      g_strdup_printf (_("Character %u is the letter %c, which VINs never "
                                         "use. Did you mean the digit %c?"),
                                       i + 1, c, c == 'I' ? '1' : '0'));
      if (!g_ascii_isalnum (c))
        return judge (check, RC_VIN_INVALID, i + 1,
                      /* Translators: %u is the character's position, not a count */
                      g_strdup_printf (_("Character %u is not a letter or digit."), i + 1));
    }
  return TRUE;
}

/* A VIN too short (still being typed) or too long, judged in @check; FALSE when it is one. */
static gboolean
check_length (RcVinCheck *check)
{
  guint length = strlen (check->vin);

  if (length < RC_VIN_LENGTH)
    return judge (check, RC_VIN_INCOMPLETE, 0,
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                /* Translators: a VIN being typed; %u is how
                                                 * many characters it has so far */
                                                "%u of 17 characters so far.",
                                                "%u of 17 characters so far.",
                                                length),
                                   length));
  if (length > RC_VIN_LENGTH)
    return judge (check, RC_VIN_INVALID, RC_VIN_LENGTH + 1,
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "A VIN has 17 characters; this has %u.",
                                                "A VIN has 17 characters; this has %u.",
                                                length),
                                   length));
  return TRUE;
}

/**
 * rc_vin_check:
 *
 * Checks a VIN as typed: spaces and dashes are ignored, case does not matter.
 */
RcVinCheck *
rc_vin_check (const char *text)
{
  RcVinCheck *check = g_new0 (RcVinCheck, 1);
  const char *vin;

  check->vin = normalize (text);
  vin = check->vin;
  if (vin[0] == '\0')
    judge (check, RC_VIN_EMPTY, 0, g_strdup (_("The VIN has 17 letters and digits.")));
  else if (check_characters (check) && check_length (check))
    judge (check, RC_VIN_VALID, 0, g_strdup (_("This looks like a VIN.")));

  if (check->verdict == RC_VIN_VALID && vin[0] >= '1' && vin[0] <= '5' &&
      check_digit (vin) != vin[8])
    check->warning = g_strdup_printf (_("Its check digit (character 9) should be %c for the rest "
                                        "to add up. Compare it with the papers once more."),
                                      check_digit (vin));
  return check;
}

void
rc_vin_check_free (RcVinCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->vin);
  g_free (check->explanation);
  g_free (check->warning);
  g_free (check);
}

/**
 * rc_vin_request_text:
 * @vin: (nullable): the VIN, if known
 * @series: (nullable): the radio, if known
 * @serial: (nullable): its serial, if typed
 * @model: (nullable): the car, if known
 * @year: the car's year, or 0
 * @notes: (nullable) (array zero-terminated=1): sentences the dealer should read, such as a
 *   serial sent although it does not fit its format
 *
 * Returns: (transfer full): a message to a dealer asking for the radio code
 */
char *
rc_vin_request_text (const char         *vin,
                     RcSeries           *series,
                     const char         *serial,
                     RcModel            *model,
                     guint               year,
                     const char * const *notes)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *unknown = _("not known yet");

  g_string_append_printf (text, "%s\n\n", _("Hello,"));
  g_string_append_printf (text, "%s\n\n",
                          _("I need the anti-theft code for the original radio in my car. "
                            "These are its details:"));
  /* Translators: a line in a message to a dealer */
  g_string_append_printf (text, _("Vehicle identification number (VIN): %s"),
                          vin != NULL && *vin != '\0' ? vin : unknown);
  g_string_append_c (text, '\n');
  /* Translators: a line in a message to a dealer: the radio's series */
  g_string_append_printf (text, _("Radio: %s"),
                          series != NULL ? rc_series_get_title (series) : unknown);
  g_string_append_c (text, '\n');
  /* Translators: a line in a message to a dealer */
  g_string_append_printf (text, _("Radio serial: %s"),
                          serial != NULL && *serial != '\0' ? serial : unknown);
  g_string_append_c (text, '\n');
  if (model != NULL && year > 0)
    /* Translators: a line in a message to a dealer: make, model, chassis code, model year
     * (the year is not a count) */
    G_GNUC_EXTENSION g_string_append_printf (text, _("Car: %1$s %2$s (%3$s), %4$u"),
                                             rc_model_get_make (model), rc_model_get_name (model),
                                             rc_model_get_chassis (model), year);
  else if (model != NULL)
    /* Translators: a line in a message to a dealer: make, model and chassis code */
    G_GNUC_EXTENSION g_string_append_printf (text, _("Car: %1$s %2$s (%3$s)"),
                                             rc_model_get_make (model), rc_model_get_name (model),
                                             rc_model_get_chassis (model));
  if (model != NULL)
    g_string_append_c (text, '\n');
  /* What the owner chose to send although a check did not pass, said plainly. */
  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    g_string_append_printf (text, "\n%s\n", notes[i]);
  g_string_append_printf (text, "\n%s\n\n",
                          _("I can bring photo ID and the vehicle's registration document in "
                            "my name. Please tell me if there is a charge."));
  g_string_append (text, _("Thank you."));
  g_string_append_c (text, '\n');
  return g_string_free (g_steal_pointer (&text), FALSE);
}
