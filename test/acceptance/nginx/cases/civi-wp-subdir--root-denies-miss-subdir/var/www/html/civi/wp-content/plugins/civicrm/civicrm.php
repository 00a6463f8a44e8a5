<?php /* CiviCRM plugin */
