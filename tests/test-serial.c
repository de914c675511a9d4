/* test-serial.c — the serial checker, case by case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-serial.h"
#include "rc-test-core.h"

typedef struct
{
  const char      *name;
  const char      *series;       /* NULL: recognise it */
  const char      *input;
  RcSerialVerdict  verdict;
  RcSerialProblem  problem;
  guint            position;     /* 0: none */
  const char      *serial;       /* as normalised, or NULL to skip */
  const char      *found;        /* series id the check ends on, "" for none */
  const char      *says;         /* a part of the explanation or a note, or NULL */
  const char      *never;        /* what neither may say, or NULL */
} Case;

static const Case cases[] = {
  /* Every series' own example, and a second real-looking serial. */
  { "valid/nissan-ni", "nissan-ni", "NI667SM0474796", RC_SERIAL_VALID, 0, 0, "NI667SM0474796", "nissan-ni", "Only one source" },
  { "valid/blaupunkt-bp", "blaupunkt-bp", "BP234631987485", RC_SERIAL_VALID, 0, 0, "BP234631987485", "blaupunkt-bp", NULL },
  { "valid/blaupunkt-bp-letter", "blaupunkt-bp", "BP8272W1483692", RC_SERIAL_VALID, 0, 0, NULL, "blaupunkt-bp", NULL },
  { "valid/clarion-cl", "clarion", "CL0410X0014698", RC_SERIAL_VALID, 0, 0, NULL, "clarion", NULL },
  { "valid/clarion-cm", "clarion", "CM015655292387", RC_SERIAL_VALID, 0, 0, NULL, "clarion", NULL },
  { "valid/pioneer", "pioneer", "PD1234567A", RC_SERIAL_VALID, 0, 0, NULL, "pioneer", "No source says this" },
  { "valid/renault", "renault-precode", "B123", RC_SERIAL_VALID, 0, 0, NULL, "renault-precode", NULL },
  { "valid/renault-a1", "renault-precode", "A123", RC_SERIAL_VALID, 0, 0, NULL, "renault-precode", NULL },
  { "valid/ford-m", "ford-mv", "M123456", RC_SERIAL_VALID, 0, 0, NULL, "ford-mv", NULL },
  { "valid/ford-v", "ford-mv", "V654321", RC_SERIAL_VALID, 0, 0, NULL, "ford-mv", NULL },
  { "valid/vw", "vw-audi", "VWZ1Z2B1234567", RC_SERIAL_VALID, 0, 0, NULL, "vw-audi", NULL },
  { "valid/audi", "vw-audi", "AUZ1Z3A1234567", RC_SERIAL_VALID, 0, 0, NULL, "vw-audi", NULL },

  /* Long label forms reduced to the serial, with the reason said. */
  { "rewrite/815bp", "blaupunkt-bp", "815BP632232924502", RC_SERIAL_VALID, 0, 0, "BP632232924502", "blaupunkt-bp", "815" },
  { "rewrite/815bp-typing", "blaupunkt-bp", "815BP6", RC_SERIAL_INCOMPLETE, 0, 0, "815BP6", "blaupunkt-bp", "17 characters" },
  { "rewrite/ford-leading-zero", "ford-mv", "M0123456", RC_SERIAL_VALID, 0, 0, "M123456", "ford-mv", "leading 0" },
  { "rewrite/ford-seven-digits-short", "ford-mv", "M012345", RC_SERIAL_VALID, 0, 0, "M012345", "ford-mv", NULL },
  { "rewrite/ni-without-ni", NULL, "667SM0474796", RC_SERIAL_VALID, 0, 0, "NI667SM0474796", "nissan-ni", "NI was added" },
  { "rewrite/ni-without-ni-picked", "nissan-ni", "667 SM 0474796", RC_SERIAL_VALID, 0, 0, "NI667SM0474796", "nissan-ni", "NI was added" },
  { "rewrite/ni-without-ni-typing", "nissan-ni", "667SM", RC_SERIAL_INCOMPLETE, 0, 0, "667SM", "nissan-ni", "12 characters" },
  { "rewrite/815cm", NULL, "815CM015655292387", RC_SERIAL_VALID, 0, 0, "CM015655292387", "clarion", "One vendor" },
  { "rewrite/815cm-picked", "clarion", "815CM015655292387", RC_SERIAL_VALID, 0, 0, "CM015655292387", "clarion", "815" },
  { "rewrite/815cm-other-series", "nissan-ni", "815CM015655292387", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_CHARACTER, 1, "815CM015655292387", "nissan-ni", "fit the format for Clarion" },

  /* Wrong characters, each with its position. */
  { "invalid/nissan-letter-for-digit", "nissan-ni", "NI66XSM0474796", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_CHARACTER, 5, NULL, "nissan-ni", "a digit" },
  { "invalid/nissan-prefix", "nissan-ni", "NX667SM0474796", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_CHARACTER, 2, NULL, "nissan-ni", "the letter “I”" },
  { "invalid/clarion-third", "clarion", "CX0410X0014698", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_CHARACTER, 2, NULL, "clarion", "one of L, M" },
  { "invalid/ford-prefix", "ford-mv", "X123456", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_CHARACTER, 1, NULL, "ford-mv", "one of M, V" },
  { "invalid/vw-letter", "vw-audi", "VWX1Z2B1234567", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_CHARACTER, 3, NULL, "vw-audi", NULL },
  { "invalid/renault-a0", "renault-precode", "A012", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_NONEXISTENT, 2, NULL, "renault-precode", "A000" },
  { "invalid/renault-a0-typing", "renault-precode", "A0", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_NONEXISTENT, 2, NULL, "renault-precode", NULL },
  { "invalid/renault-a0-too-long", "renault-precode", "A0123", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_TOO_LONG, 5, NULL, "renault-precode", "has 4", "A000" },
  { "invalid/too-long", "blaupunkt-bp", "BP2346319874851", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_TOO_LONG, 15, NULL, "blaupunkt-bp", "15 characters" },
  { "invalid/pioneer-too-long", "pioneer", "P123456789012345678901", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_TOO_LONG, 21, NULL, "pioneer", "at most 20" },
  { "invalid/slash", "blaupunkt-bp", "BP2346/31987485", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_NOT_ALNUM, 7, NULL, "blaupunkt-bp", "not a letter or digit" },
  { "invalid/emoji", "blaupunkt-bp", "BP23😀", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_NOT_ALNUM, 5, NULL, "blaupunkt-bp", "😀" },
  { "invalid/control", "blaupunkt-bp", "BP\00723", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_NOT_ALNUM, 3, NULL, "blaupunkt-bp", "U+0007" },

  /* Characters that look alike on a label, both ways round. */
  { "lookalike/O-for-0", "blaupunkt-bp", "BP2346319874O5", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 13, NULL, "blaupunkt-bp", "digit “0”" },
  { "lookalike/I-for-1", "ford-mv", "MI23456", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 2, NULL, "ford-mv", "digit “1”" },
  { "lookalike/l-for-1", "ford-mv", "M12l456", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 4, NULL, "ford-mv", "letter “l”" },
  { "lookalike/S-for-5", "nissan-ni", "NI667SM04747S6", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 13, NULL, "nissan-ni", "digit “5”" },
  { "lookalike/B-for-8", "clarion", "CM0156552923B7", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 13, NULL, "clarion", "digit “8”" },
  { "lookalike/Z-for-2", "ford-mv", "V65432Z", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 7, NULL, "ford-mv", "digit “2”" },
  { "lookalike/Q-for-0", "blaupunkt-bp", "BP2346319874Q5", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 13, NULL, "blaupunkt-bp", "digit “0”" },
  { "lookalike/D-for-0", "ford-mv", "M1234D6", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 6, NULL, "ford-mv", "digit “0”" },
  { "lookalike/G-for-6", "clarion", "CM01565529238G", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 14, NULL, "clarion", "digit “6”" },
  { "lookalike/0-for-O", "nissan-ni", "NI6670M0474796", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 6, NULL, "nissan-ni", "letter “O”" },
  { "lookalike/8-for-B", "blaupunkt-bp", "8P234631987485", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 1, NULL, "blaupunkt-bp", "letter “B”" },

  /* ... and inside a valid serial, where a letter and its digit may both stand. */
  { "lookalike/valid-O-inside", NULL, "BP2346O1987485", RC_SERIAL_VALID, 0, 0, "BP2346O1987485", "blaupunkt-bp", "Character 7 is the letter “O”: if the label shows a zero there, type 0." },
  { "lookalike/valid-O-inside-picked", "blaupunkt-bp", "bp 2346 o198 7485", RC_SERIAL_VALID, 0, 0, "BP2346O1987485", "blaupunkt-bp", "Character 7 is the letter “O”" },
  { "lookalike/valid-O-inside-815", "blaupunkt-bp", "815BP2346O1987485", RC_SERIAL_VALID, 0, 0, "BP2346O1987485", "blaupunkt-bp", "Character 7 is the letter “O”" },

  /* Numbers from the same labels that are not serials. */
  { "not-serial/bp-part-number", "blaupunkt-bp", "7642346318", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_PART_NUMBER, 10, NULL, "blaupunkt-bp", "part number" },
  { "not-serial/bp-part-number-spaced", "blaupunkt-bp", "7 642 346 318", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_PART_NUMBER, 10, "7642346318", "blaupunkt-bp", "starts with BP" },
  { "not-serial/clarion-model", "clarion", "PN-2617D", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_MODEL_NUMBER, 7, "PN2617D", "clarion", "model number" },
  { "not-serial/clarion-model-pp", "clarion", "PP-2617T", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_MODEL_NUMBER, 7, NULL, "clarion", "model number" },
  { "not-serial/nissan-part", "clarion", "28188 EQ200", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_PART_NUMBER, 10, "28188EQ200", "clarion", "2818" },
  { "not-serial/part-number-under-pioneer", "pioneer", "7645384318", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_PART_NUMBER, 10, NULL, "pioneer", "part number" },
  { "not-serial/vw-part-number", NULL, "1J0035186D", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_PART_NUMBER, 10, "1J0035186D", "", "Volkswagen or Audi part number" },
  { "not-serial/vw-part-number-picked", "vw-audi", "1J0 035 186 D", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_PART_NUMBER, 10, "1J0035186D", "vw-audi", "starts with VWZ or AUZ" },
  { "not-serial/blaupunkt-8635", NULL, "8 635 123 392 0", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_PART_NUMBER, 11, "86351233920", "", "Blaupunkt part number" },
  { "not-serial/blaupunkt-8635-picked", "blaupunkt-bp", "8 635 123 392 0", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_PART_NUMBER, 11, "86351233920", "blaupunkt-bp", "starts with BP" },

  /* Incomplete serials say how far they are and what comes next. */
  { "incomplete/empty", "nissan-ni", "", RC_SERIAL_EMPTY, 0, 0, "", "nissan-ni", "NI667SM0474796" },
  { "incomplete/spaces-only", NULL, "   ", RC_SERIAL_EMPTY, 0, 0, "", "", NULL },
  { "incomplete/nissan", "nissan-ni", "NI667", RC_SERIAL_INCOMPLETE, 0, 0, NULL, "nissan-ni", "a letter" },
  { "incomplete/clarion-shortest", "clarion", "C", RC_SERIAL_INCOMPLETE, 0, 0, NULL, "clarion", "one of L, M" },

  /* What people paste: case, spaces, dashes, label text, other scripts. */
  { "normalise/lower-case", "blaupunkt-bp", "bp234631987485", RC_SERIAL_VALID, 0, 0, "BP234631987485", "blaupunkt-bp", NULL },
  { "normalise/spaces-dashes", "blaupunkt-bp", " BP-2346 3198–7485 ", RC_SERIAL_VALID, 0, 0, "BP234631987485", "blaupunkt-bp", NULL },
  { "normalise/label-sn", NULL, "S/N: BP234631987485", RC_SERIAL_VALID, 0, 0, "BP234631987485", "blaupunkt-bp", "label text" },
  { "normalise/label-serial-no", NULL, "Serial No. CM015655292387", RC_SERIAL_VALID, 0, 0, "CM015655292387", "clarion", "label text" },
  { "normalise/label-sn-hash", NULL, "SN# M123456", RC_SERIAL_VALID, 0, 0, "M123456", "ford-mv", NULL },
  { "normalise/full-width", NULL, "ＢＰ２３４６３１９８７４８５", RC_SERIAL_VALID, 0, 0, "BP234631987485", "blaupunkt-bp", NULL },
  { "normalise/no-break-space", NULL, "BP\u00a02346\u202f31987485", RC_SERIAL_VALID, 0, 0, "BP234631987485", "blaupunkt-bp", NULL },
  { "normalise/zero-width", NULL, "BP\u200b234631987485\ufeff", RC_SERIAL_VALID, 0, 0, "BP234631987485", "blaupunkt-bp", NULL },
  { "normalise/minus-sign", NULL, "M\u2212123456", RC_SERIAL_VALID, 0, 0, "M123456", "ford-mv", NULL },
  { "normalise/sn-inside-serial-kept", "nissan-ni", "SN123", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_CHARACTER, 1, "SN123", "nissan-ni", NULL },

  /* Recognising the series when none is picked. */
  { "detect/nissan", NULL, "NI667SM0474796", RC_SERIAL_VALID, 0, 0, NULL, "nissan-ni", "NI-series" },
  { "detect/clarion-typing", NULL, "CL04", RC_SERIAL_INCOMPLETE, 0, 0, NULL, "clarion", "looks like" },
  { "detect/ambiguous-b", NULL, "B", RC_SERIAL_INCOMPLETE, 0, 0, NULL, "", "could be" },
  { "detect/ford-v-not-vw", NULL, "V123456", RC_SERIAL_VALID, 0, 0, NULL, "ford-mv", NULL },
  { "detect/pioneer-never", NULL, "PX1234567A", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_UNKNOWN_FORMAT, 0, NULL, "", "No radio" },
  { "detect/lookalike-bp", NULL, "BPO34631987485", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 3, NULL, "blaupunkt-bp", "looks like", "serial reads" },
  { "detect/part-number", NULL, "7642346318", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_PART_NUMBER, 10, NULL, "", "part number" },

  /* A serial that fits once a look-alike is read as its twin names its series... */
  { "detect/8-for-B", NULL, "8P234631987485", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 1, "8P234631987485", "blaupunkt-bp", "Did you mean the letter “B”?", "NI-series" },
  { "detect/8-for-B-explained", NULL, "8P234631987485", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 1, NULL, "blaupunkt-bp", "This looks like a serial for Blaupunkt — BP-series. Character 1 is the digit “8”, but the letter “B” belongs there." },
  { "detect/ford-O-for-0", NULL, "MO559440", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 2, "MO559440", "ford-mv", "serial reads M559440", "Precode" },
  { "detect/ford-O-for-0-explained", NULL, "MO559440", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 2, NULL, "ford-mv", "serial for Ford — M and V series. Character 2 is the letter “O”, but a digit belongs there. Did you mean the digit “0”?" },
  { "detect/ford-O-for-0-picked", "ford-mv", "MO559440", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 2, NULL, "ford-mv", "leading 0", "It does fit" },
  { "detect/two-lookalikes", NULL, "BPO346319874S5", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 3, NULL, "blaupunkt-bp", "With the look-alikes corrected, the serial reads BP034631987455." },
  { "detect/precode-O-for-0", NULL, "BO12", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_LOOKALIKE, 2, NULL, "renault-precode", "Did you mean the digit “0”?" },

  /* ... and so does one of the right length with one character wrong. */
  { "detect/one-wrong", NULL, "NX667SM0474796", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_CHARACTER, 2, NULL, "", "This looks like a serial for Nissan — NI-series. Character 2 is “X”" },

  /* One character is no evidence for a series: nothing is named then. */
  { "detect/radio-pass-not-precode", NULL, "A3132883", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_UNKNOWN_FORMAT, 0, NULL, "", "No radio the app knows uses this format", "Precode" },
  { "detect/radio-pass-as-precode", "renault-precode", "A3132883", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_TOO_LONG, 5, NULL, "renault-precode", "has 4" },
  { "detect/radio-pass-as-bp", "blaupunkt-bp", "A3132883", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_CHARACTER, 1, NULL, "blaupunkt-bp", "the letter “B”" },
  { "detect/four-digits-not-precode", NULL, "5123", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_UNKNOWN_FORMAT, 0, NULL, "", NULL, "Precode" },
  { "detect/ford-letter-alone", NULL, "M1234567", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_UNKNOWN_FORMAT, 0, NULL, "", NULL, "Ford" },
  { "detect/a0-only-for-precodes", NULL, "A0123456", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_UNKNOWN_FORMAT, 0, NULL, "", NULL, "A000" },
  { "detect/no-format-emoji", NULL, "🚗🔑", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_NOT_ALNUM, 1, NULL, "", "not a letter or digit", "looks like" },
  /* A VIN in the serial field, picked radio or not, unless a radio's serial fits better. */
  { "vin/recognised", NULL, "SJNFAAK12U1234567", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_VIN, 0, "SJNFAAK12U1234567", "", "vehicle identification number (VIN)", "Precode" },
  { "vin/spaced", NULL, "sjn faak12u 1234567", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_VIN, 0, "SJNFAAK12U1234567", "", "not the radio's serial" },
  { "vin/under-nissan", "nissan-ni", "SJNFAAK12U1234567", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_VIN, 0, NULL, "nissan-ni", "vehicle identification number", "the letter “N”" },
  { "vin/under-precode", "renault-precode", "SJNFAAK12U1234567", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_VIN, 0, NULL, "renault-precode", "vehicle identification number" },
  { "vin/letter-O-is-none", NULL, "SJNFAAK12U12345O7", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_UNKNOWN_FORMAT, 0, NULL, "", NULL, "vehicle identification" },
  { "vin/serial-of-17-first", "nissan-ni", "815CM015655292387", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_CHARACTER, 1, NULL, "nissan-ni", "fit the format for Clarion", "vehicle identification" },
  { "vin/bp-too-long-first", "blaupunkt-bp", "BP234631987485123", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_TOO_LONG, 15, NULL, "blaupunkt-bp", "17 characters", "vehicle identification" },
  { "detect/815cm-not-ni", NULL, "815CM015655292387", RC_SERIAL_VALID, 0, 0, "CM015655292387", "clarion", NULL, "NI-series" },
  { "detect/wrong-series-hint", "nissan-ni", "BP234631987485", RC_SERIAL_INVALID, RC_SERIAL_PROBLEM_CHARACTER, 1, NULL, "nissan-ni", "fit the format for Blaupunkt — BP-series" },
};

static RcCatalog *catalog;

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(RcSerialCheck) check = NULL;
  RcSeries *series = NULL;
  RcSeries *found;
  GPtrArray *notes;
  g_autoptr(GString) all = g_string_new (NULL);

  if (c->series != NULL)
    {
      series = rc_catalog_lookup_series (catalog, c->series);
      g_assert_nonnull (series);
    }

  check = rc_serial_check (catalog, series, c->input);
  g_assert_nonnull (check);

  g_string_append (all, rc_serial_check_get_explanation (check));
  notes = rc_serial_check_get_notes (check);
  for (guint i = 0; i < notes->len; i++)
    g_string_append_printf (all, " | %s", (const char *) g_ptr_array_index (notes, i));
  g_test_message ("%s → %s: %s", c->input, rc_serial_check_get_summary (check), all->str);

  g_assert_cmpstr (rc_serial_verdict_to_string (rc_serial_check_get_verdict (check)), ==,
                   rc_serial_verdict_to_string (c->verdict));
  g_assert_cmpint (rc_serial_check_get_problem (check), ==, c->problem);
  if (c->position != 0)
    g_assert_cmpuint (rc_serial_check_get_position (check), ==, c->position);
  if (c->serial != NULL)
    g_assert_cmpstr (rc_serial_check_get_serial (check), ==, c->serial);

  found = rc_serial_check_get_series (check);
  g_assert_cmpstr (found != NULL ? rc_series_get_id (found) : "", ==, c->found);

  if (c->says != NULL && strstr (all->str, c->says) == NULL)
    g_error ("“%s” does not say “%s”: %s", c->input, c->says, all->str);
  if (c->never != NULL && strstr (all->str, c->never) != NULL)
    g_error ("“%s” says “%s”: %s", c->input, c->never, all->str);

  g_assert_nonnull (rc_serial_check_get_summary (check));
  g_assert_cmpstr (rc_serial_check_get_explanation (check), !=, "");
}

static void
test_input_offset (void)
{
  g_autoptr(RcSerialCheck) check = NULL;

  /* The offset points into the text as typed, spaces and label included. */
  check = rc_serial_check (catalog, rc_catalog_lookup_series (catalog, "blaupunkt-bp"),
                           "S/N: BP 23O");
  g_assert_cmpint (rc_serial_check_get_verdict (check), ==, RC_SERIAL_INVALID);
  g_assert_cmpuint (rc_serial_check_get_position (check), ==, 5);
  g_assert_cmpint (rc_serial_check_get_input_offset (check), ==, 10);
}

static void
test_huge_input (void)
{
  g_autofree char *huge = g_strnfill (100 * 1024, '7');
  g_autoptr(RcSerialCheck) check = rc_serial_check (catalog, NULL, huge);

  g_assert_cmpint (rc_serial_check_get_verdict (check), ==, RC_SERIAL_INVALID);
  g_assert_cmpint (rc_serial_check_get_problem (check), ==, RC_SERIAL_PROBLEM_TOO_LONG);
  g_assert_cmpuint (rc_serial_check_get_length (check), ==, 100 * 1024);
  /* The explanation names the length, and never echoes the text back. */
  g_assert_cmpuint (strlen (rc_serial_check_get_explanation (check)), <, 200);
}

/* Each count picks its plural form by itself: the characters a serial has, not
 * the ones typed (1 of 14), and the typed length apart from the series' length. */
static void
test_counts (void)
{
  RcSeries *ni = rc_catalog_lookup_series (catalog, "nissan-ni");
  RcSeries *bp = rc_catalog_lookup_series (catalog, "blaupunkt-bp");
  g_autoptr(RcSerialCheck) one = rc_serial_check (catalog, ni, "N");
  g_autoptr(RcSerialCheck) long_one = rc_serial_check (catalog, bp, "BP2346319874851");

  g_assert_cmpstr (rc_serial_check_get_summary (one), ==, "Incomplete — 1 of 14 characters");
  g_assert_cmpstr (rc_serial_check_get_explanation (long_one), ==,
                   "This has 15 characters. A serial for Blaupunkt — BP-series has 14 characters.");
}

static void
test_bad_utf8 (void)
{
  g_autoptr(RcSerialCheck) check = rc_serial_check (catalog, NULL, "BP\xff\xfe");

  g_assert_cmpint (rc_serial_check_get_problem (check), ==, RC_SERIAL_PROBLEM_BAD_TEXT);
  g_assert_null (rc_serial_normalize (catalog, "BP\xff"));
}

static void
test_candidates (void)
{
  g_autoptr(RcSerialCheck) check = rc_serial_check (catalog, NULL, "B");
  GPtrArray *candidates = rc_serial_check_get_candidates (check);
  gboolean bp = FALSE, renault = FALSE;

  for (guint i = 0; i < candidates->len; i++)
    {
      const char *id = rc_series_get_id (g_ptr_array_index (candidates, i));

      bp |= g_str_equal (id, "blaupunkt-bp");
      renault |= g_str_equal (id, "renault-precode");
      g_assert_cmpstr (id, !=, "pioneer");
    }
  g_assert_true (bp && renault);
  g_assert_null (rc_serial_check_get_series (check));
}

static void
test_examples_and_rejects_agree (void)
{
  GListModel *all = rc_catalog_get_series (catalog);

  /* Every example the catalog shows must pass its own series, and no
   * "not a serial" rule may reject it. */
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(RcSeries) series = g_list_model_get_item (all, i);
      GPtrArray *formats = rc_series_get_formats (series);

      for (guint j = 0; j < formats->len; j++)
        {
          const char *example = rc_format_get_example (g_ptr_array_index (formats, j));
          g_autoptr(RcSerialCheck) check = NULL;

          if (example == NULL)
            continue;
          check = rc_serial_check (catalog, series, example);
          g_assert_cmpint (rc_serial_check_get_verdict (check), ==, RC_SERIAL_VALID);
        }
    }
}

static void
test_valid_lookalike_notes (void)
{
  static const struct {
    const char *input;
    guint       notes;   /* about look-alikes */
  } valid[] = {
    { "BP234631987485", 0 },      /* digits are never pointed out */
    { "BP8272W1483692", 0 },      /* W looks like no digit */
    { "NI667SM0474796", 0 },      /* S stands where no digit may */
    { "BP2346O1987485", 1 },
    { "VWZ1O2I1234567", 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(RcSerialCheck) check = rc_serial_check (catalog, NULL, valid[i].input);
      GPtrArray *notes = rc_serial_check_get_notes (check);
      guint found = 0;

      g_assert_cmpint (rc_serial_check_get_verdict (check), ==, RC_SERIAL_VALID);
      for (guint j = 0; j < notes->len; j++)
        found += strstr (g_ptr_array_index (notes, j), "if the label shows") != NULL;
      g_assert_cmpuint (found, ==, valid[i].notes);
      /* A valid serial has no wrong character to point at. */
      g_assert_cmpuint (rc_serial_check_get_position (check), ==, 0);
    }
}

static void
test_refcount (void)
{
  RcSerialCheck *check = rc_serial_check (catalog, NULL, "M123456");
  GValue value = G_VALUE_INIT;

  g_value_init (&value, RC_TYPE_SERIAL_CHECK);
  g_value_set_boxed (&value, check);
  rc_serial_check_unref (check);
  g_assert_cmpstr (rc_serial_check_get_serial (g_value_get_boxed (&value)), ==, "M123456");
  g_value_unset (&value);
}

#define HEAD "<catalog>\n" \
             "<source id=\"s\" quality=\"forum\"><name>A forum</name></source>\n" \
             "<brand id=\"b\"><name>Brand</name></brand>\n" \
             "<lookalike letter=\"O\" digit=\"0\"/>\n"

/* A catalog of one made-up series: @series_xml goes inside its <series>. */
static RcCatalog *
catalog_from_string (const char *attributes,
                     const char *series_xml)
{
  RcCatalog *small = rc_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = g_strdup_printf (HEAD "<series id=\"x\" brand=\"b\" confidence=\"official\" "
                                          "sources=\"s\" %s><name>X</name>%s</series>\n"
                                          "</catalog>\n", attributes, series_xml);

  rc_catalog_add_data (small, "small.xml", xml, -1, &error);
  g_assert_no_error (error);
  return small;
}

static void
assert_explains (RcSerialCheck *check,
                 const char    *says)
{
  const char *explanation = rc_serial_check_get_explanation (check);

  g_test_message ("%s: %s", rc_serial_check_get_serial (check), explanation);
  if (strstr (explanation, says) == NULL)
    g_error ("“%s” does not say “%s”", explanation, says);
}

/* A rewrite may make the serial longer than the text typed: what is wrong
 * is then named from the rewritten serial, whose positions the typed text
 * does not have. */
static void
test_rewrite_lengthens (void)
{
  g_autoptr(RcCatalog) small = NULL;
  g_autoptr(RcCatalog) huge = NULL;
  g_autoptr(RcSerialCheck) check = NULL;
  g_autoptr(RcSerialCheck) far = NULL;
  g_autofree char *typed = NULL;
  RcSeries *series;

  small = catalog_from_string ("", "<format pattern=\"X[0-9]{4}\" example=\"X1234\">"
                               "<description>d</description></format>"
                               "<rewrite pattern=\"^([0-9A-Z]{2})$\" replacement=\"X\\1\\1\" "
                               "length=\"2\" sources=\"s\"><reason>X added.</reason></rewrite>");
  series = rc_catalog_lookup_series (small, "x");
  check = rc_serial_check (small, series, "A1");
  g_assert_cmpstr (rc_serial_check_get_serial (check), ==, "XA1A1");
  g_assert_cmpuint (rc_serial_check_get_position (check), ==, 2);
  g_assert_cmpint (rc_serial_check_get_input_offset (check), ==, -1);
  assert_explains (check, "Character 2 is “A”, but a digit belongs there.");

  /* Far past the end of the typed text, and past the longest text read. */
  huge = catalog_from_string ("", "<format pattern=\"[0-9]{64}[0-9]{64}[0-9]{12}[A-Z]\">"
                              "<description>d</description></format>"
                              "<rewrite pattern=\"^([0-9]{50})$\" replacement=\"\\1\\1\\1\" "
                              "length=\"50\" sources=\"s\"><reason>Tripled.</reason></rewrite>");
  typed = g_strconcat ("1234567890123456789012345678901234567890", "7777777777", NULL);
  far = rc_serial_check (huge, rc_catalog_lookup_series (huge, "x"), typed);
  g_assert_cmpuint (rc_serial_check_get_length (far), ==, 150);
  g_assert_cmpint (rc_serial_check_get_problem (far), ==, RC_SERIAL_PROBLEM_CHARACTER);
  g_assert_cmpuint (rc_serial_check_get_position (far), ==, 141);
  assert_explains (far, "Character 141 is “7”, but a letter belongs there.");
}

/* With no series to recognise, every kind of text still gets an answer
 * that names no series. */
static void
test_nothing_detectable (void)
{
  static const char * const inputs[] = {
    "", "X1", "XO", "X", "Y1", "X12", "😀", "X\0071", "SJNFAAK12U1234567", "7642346318",
  };
  g_autoptr(RcCatalog) small = catalog_from_string ("detect=\"no\"",
                                                    "<format pattern=\"X[0-9]\" example=\"X1\">"
                                                    "<description>d</description></format>");
  RcSeries *series = rc_catalog_lookup_series (small, "x");

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(RcSerialCheck) check = rc_serial_check (small, NULL, inputs[i]);
      g_autoptr(RcSerialCheck) picked = rc_serial_check (small, series, inputs[i]);

      g_test_message ("%s → %s: %s", inputs[i], rc_serial_check_get_summary (check),
                      rc_serial_check_get_explanation (check));
      g_assert_null (rc_serial_check_get_series (check));
      g_assert_cmpint (rc_serial_check_get_verdict (check), !=, RC_SERIAL_VALID);
      g_assert_cmpint (rc_serial_check_get_verdict (check), !=, RC_SERIAL_INCOMPLETE);
      g_assert_nonnull (rc_serial_check_get_summary (check));
      g_assert_nonnull (rc_serial_check_get_explanation (check));
      g_assert_true (rc_serial_check_get_series (picked) == series);
      g_assert_nonnull (rc_serial_check_get_explanation (picked));
    }
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_glib (&argc, &argv);
  catalog = rc_test_load_catalog ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/serial/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/serial/input-offset", test_input_offset);
  g_test_add_func ("/serial/huge-input", test_huge_input);
  g_test_add_func ("/serial/bad-utf8", test_bad_utf8);
  g_test_add_func ("/serial/counts", test_counts);
  g_test_add_func ("/serial/candidates", test_candidates);
  g_test_add_func ("/serial/examples-and-rejects-agree", test_examples_and_rejects_agree);
  g_test_add_func ("/serial/refcount", test_refcount);
  g_test_add_func ("/serial/valid-lookalike-notes", test_valid_lookalike_notes);
  g_test_add_func ("/serial/rewrite-lengthens", test_rewrite_lengthens);
  g_test_add_func ("/serial/nothing-detectable", test_nothing_detectable);

  return rc_test_run_and_drop (catalog);
}
