<?php
// Contact form of the main site.
echo "contact form";
