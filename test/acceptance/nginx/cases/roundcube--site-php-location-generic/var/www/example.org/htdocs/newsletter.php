<?php
// Newsletter sign-up form.
