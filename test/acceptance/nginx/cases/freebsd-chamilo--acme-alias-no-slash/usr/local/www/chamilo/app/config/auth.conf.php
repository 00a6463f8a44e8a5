<?php
// placeholder: external authentication settings
