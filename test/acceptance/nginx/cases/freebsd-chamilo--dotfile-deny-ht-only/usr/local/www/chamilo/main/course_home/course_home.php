<?php
// placeholder: course home page
