<?php
/* Plugin Name: CiviCRM */
