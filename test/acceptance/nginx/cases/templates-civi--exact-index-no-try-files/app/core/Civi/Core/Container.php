<?php
// placeholder: civicrm-core class
