<?php
// translations
