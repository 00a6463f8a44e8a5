<?php
// placeholder: CiviMail click-through redirect (legacy extern endpoint)
echo "url-tracked";
