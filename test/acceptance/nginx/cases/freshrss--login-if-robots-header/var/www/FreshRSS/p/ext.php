<?php
// serves the static files of extensions (placeholder)
