<?php /* CiviCRM REST endpoint */
