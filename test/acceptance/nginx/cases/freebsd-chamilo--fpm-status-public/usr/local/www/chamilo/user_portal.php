<?php
// placeholder: course list of the logged-in user
