<?php
// placeholder: sends an uploaded file after a permission check
