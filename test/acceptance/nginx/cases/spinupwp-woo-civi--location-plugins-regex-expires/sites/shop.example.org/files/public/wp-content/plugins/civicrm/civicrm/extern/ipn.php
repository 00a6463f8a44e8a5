<?php
// CiviCRM payment notifications
