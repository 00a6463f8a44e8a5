<?php
// placeholder: CiviMail open tracking (legacy extern endpoint)
echo "open-tracked";
