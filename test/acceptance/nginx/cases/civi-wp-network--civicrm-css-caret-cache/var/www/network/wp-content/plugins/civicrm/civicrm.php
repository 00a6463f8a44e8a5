<?php
/* Plugin Name: CiviCRM (stand-in) */
