<?php
namespace Typemill;
class Assets {}
