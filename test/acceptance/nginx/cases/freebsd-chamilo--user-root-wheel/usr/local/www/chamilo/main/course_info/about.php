<?php
// placeholder: course presentation page
