<?php
// placeholder: sends a SCORM file after a permission check
