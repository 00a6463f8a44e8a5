<?php
// Press area (basic auth): stores press photos in uploads/.
