<?php /* CiviMail open tracking */
