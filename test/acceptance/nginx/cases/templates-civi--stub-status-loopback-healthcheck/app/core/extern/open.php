<?php
// placeholder: legacy CiviMail open tracker
