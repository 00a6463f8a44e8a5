<?php

namespace App\Entity;

class Attachment
{
}
