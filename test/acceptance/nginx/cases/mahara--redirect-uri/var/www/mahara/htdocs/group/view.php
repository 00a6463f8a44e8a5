<?php
// Group home page.
