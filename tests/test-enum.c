/* test-enum.c — the core's enums are registered types, read and written by their nicks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "radio-code-test"

#include "config.h"

#include "rc-code-method.h"
#include "rc-display.h"
#include "rc-enum.h"
#include "rc-lockout.h"
#include "rc-test-core.h"

/* The words the catalog files use read as the values they name. */
static void
test_catalog_words (void)
{
  RcConfidence confidence = RC_CONFIDENCE_OFFICIAL;
  RcDisplayNext next = RC_DISPLAY_NEXT_CODE;
  RcSourceQuality quality = RC_SOURCE_OWNER_MANUAL;
  RcCodeAlgorithm algorithm = RC_CODE_ALGORITHM_RENAULT_PRECODE;

  g_assert_true (rc_confidence_parse ("single-source", &confidence));
  g_assert_cmpint (confidence, ==, RC_CONFIDENCE_SINGLE_SOURCE);
  g_assert_true (rc_confidence_parse ("unverified", &confidence));
  g_assert_cmpint (confidence, ==, RC_CONFIDENCE_UNVERIFIED);

  g_assert_true (rc_display_parse_next ("ask", &next));
  g_assert_cmpint (next, ==, RC_DISPLAY_NEXT_ASK);
  g_assert_true (rc_display_parse_next ("wait", &next));
  g_assert_cmpint (next, ==, RC_DISPLAY_NEXT_WAIT);

  g_assert_true (rc_source_quality_parse ("reverse-engineered", &quality));
  g_assert_cmpint (quality, ==, RC_SOURCE_REVERSE_ENGINEERED);

  g_assert_true (rc_code_algorithm_parse ("ford-m", &algorithm));
  g_assert_cmpint (algorithm, ==, RC_CODE_ALGORITHM_FORD_M);
}

/* A word the enum does not have is refused and leaves the value alone. */
static void
test_unknown_words (void)
{
  RcConfidence confidence = RC_CONFIDENCE_REPORTED;
  RcDisplayNext next = RC_DISPLAY_NEXT_NONE;
  int value = 42;

  g_assert_false (rc_confidence_parse ("Official", &confidence));
  g_assert_false (rc_confidence_parse ("single_source", &confidence));
  g_assert_false (rc_confidence_parse (NULL, &confidence));
  g_assert_cmpint (confidence, ==, RC_CONFIDENCE_REPORTED);

  g_assert_false (rc_display_parse_next ("", &next));
  g_assert_false (rc_display_parse_next ("waiting", &next));
  g_assert_cmpint (next, ==, RC_DISPLAY_NEXT_NONE);

  g_assert_false (rc_enum_from_nick (RC_TYPE_LOCKOUT_STATE, "official", &value));
  g_assert_cmpint (value, ==, 42);
  g_assert_null (rc_enum_to_nick (RC_TYPE_LOCKOUT_STATE, 99));
}

/* The lockout file's words for its states, both ways. */
static void
test_lockout_state_words (void)
{
  static const struct { RcLockoutState state; const char *word; } words[] = {
    { RC_LOCKOUT_READY, "ready" },
    { RC_LOCKOUT_PAUSED, "paused" },
    { RC_LOCKOUT_WAITING, "waiting" },
    { RC_LOCKOUT_LOCKED, "locked" },
    { RC_LOCKOUT_UNLOCKED, "unlocked" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      int value = -1;

      g_assert_cmpstr (rc_lockout_state_to_string (words[i].state), ==, words[i].word);
      g_assert_true (rc_enum_from_nick (RC_TYPE_LOCKOUT_STATE, words[i].word, &value));
      g_assert_cmpint (value, ==, words[i].state);
    }
}

/* A lockout rule's power words are the nicks of RcPower and RcPowerCut; others are refused. */
static void
test_power_words (void)
{
  static const struct {
    const char *power, *cut;
    gboolean    read;
    RcPower     want;
    RcPowerCut  want_cut;
  } rules[] = {
    { "acc", "restarts", TRUE, RC_POWER_ACC, RC_POWER_CUT_RESTARTS },
    { "radio-on", "keeps", TRUE, RC_POWER_RADIO_ON, RC_POWER_CUT_KEEPS },
    { "battery", "unknown", TRUE, RC_POWER_BATTERY, RC_POWER_CUT_UNKNOWN },
    { "unknown", "keeps", TRUE, RC_POWER_UNKNOWN, RC_POWER_CUT_KEEPS },
    { "radio_on", "keeps", FALSE },
    { "acc", "Keeps", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      const char *names[] = { "id", "confidence", "sources", "attempts", "wait", "power",
                              "power-cut", NULL };
      const char *values[] = { "rule", "reported", "src", "3", "1h", rules[i].power,
                               rules[i].cut, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(RcLockoutRule) rule = rc_lockout_rule_new_from_attributes (names, values, &error);

      if (!rules[i].read)
        {
          g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT);
          g_assert_null (rule);
          continue;
        }
      g_assert_no_error (error);
      g_assert_cmpint (rc_lockout_rule_get_power (rule), ==, rules[i].want);
      g_assert_cmpint (rc_lockout_rule_get_power_cut (rule), ==, rules[i].want_cut);
    }
}

/* “state” and “clock-jump” are enum properties, so they bind and show by name. */
static void
test_lockout_enum_properties (void)
{
  g_autoptr(RcCatalog) catalog = rc_test_load_catalog ();
  g_autoptr(RcLockout) lockout = rc_lockout_new (catalog);
  GParamSpec *state = g_object_class_find_property (G_OBJECT_GET_CLASS (lockout), "state");
  GParamSpec *jump = g_object_class_find_property (G_OBJECT_GET_CLASS (lockout), "clock-jump");
  RcLockoutState value = RC_LOCKOUT_LOCKED;
  RcClockJump jumped = RC_CLOCK_JUMPED_BACK;

  g_assert_true (G_IS_PARAM_SPEC_ENUM (state));
  g_assert_cmpuint (G_PARAM_SPEC_VALUE_TYPE (state), ==, RC_TYPE_LOCKOUT_STATE);
  g_assert_true (G_IS_PARAM_SPEC_ENUM (jump));
  g_assert_cmpuint (G_PARAM_SPEC_VALUE_TYPE (jump), ==, RC_TYPE_CLOCK_JUMP);

  g_object_get (lockout, "state", &value, "clock-jump", &jumped, NULL);
  g_assert_cmpint (value, ==, rc_lockout_get_state (lockout));
  g_assert_cmpint (jumped, ==, RC_CLOCK_STEADY);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_glib (&argc, &argv);

  g_test_add_func ("/enum/catalog-words", test_catalog_words);
  g_test_add_func ("/enum/unknown-words", test_unknown_words);
  g_test_add_func ("/enum/lockout-state-words", test_lockout_state_words);
  g_test_add_func ("/enum/power-words", test_power_words);
  g_test_add_func ("/enum/lockout-enum-properties", test_lockout_enum_properties);

  return g_test_run ();
}
