"""The example profile: a fictional 78-year-old German woman wintering in Spain.

Type 2 diabetes on metformin; atrial fibrillation anticoagulated with apixaban; COPD with
clinician-confirmed hypercapnic respiratory failure and a target SpO2 of 88–92%; hypertension on
bisoprolol; anaphylaxis to penicillin; a dual-chamber pacemaker. Every name and number is invented.
"""

from __future__ import annotations

from typing import Any

EXAMPLE: dict[str, Any] = {
    "schema_version": 3,
    "given_name": "Margarethe",
    "family_name": "Vogel",
    "preferred_name": "Grete",
    "date_of_birth": "1948-02-10",
    "sex": "female",
    "height_cm": 163,
    "weight_kg": 71.5,
    "blood_type": "A+",
    "languages_spoken": ["de", "en"],
    "home_country": "DE",
    "nationality": "DE",
    "phone": "+49 170 5550123",
    "conditions": [
        {"concept_id": "condition.type_2_diabetes", "onset": "2009"},
        {"concept_id": "condition.atrial_fibrillation", "onset": "2016-03"},
        {"concept_id": "condition.copd", "onset": "2014", "notes": "GOLD 3; exacerbation in hospital 2023"},
        {"concept_id": "condition.hypertension", "onset": "2001"},
    ],
    "medicines": [
        {
            "concept_id": "medicine.apixaban",
            "dose": {"amount": 5, "unit": "mg"},
            "route": "oral",
            "schedule": {"times": ["08:00", "20:00"]},
            "start_date": "2016-03-21",
            "prescriber": "Dr. Petra Lindner (cardiology)",
        },
        {
            "concept_id": "medicine.bisoprolol",
            "dose": {"amount": 2.5, "unit": "mg"},
            "route": "oral",
            "schedule": {"times": ["08:00"]},
            "start_date": "2012-09-01",
        },
        {
            "concept_id": "medicine.metformin",
            "dose": {"amount": 1000, "unit": "mg"},
            "route": "oral",
            "schedule": {"times": ["08:00", "18:00"], "instructions": "with meals"},
            "start_date": "2009-11-15",
        },
    ],
    "allergies": [
        {
            "concept_id": "allergen.penicillin",
            "reaction": "throat swelling and collapse after an injection in 1989",
            "severity": "anaphylaxis",
            "verified": True,
        }
    ],
    "devices": [
        {
            "concept_id": "device.pacemaker",
            "implanted_on": "2019-05-14",
            "model": "dual-chamber, MRI conditional",
            "mri_conditional": True,
        }
    ],
    "baseline_vitals": {
        "heart_rate": 70,
        "systolic_bp": 134,
        "diastolic_bp": 78,
        "spo2": 91,
        "resp_rate": 18,
        "temperature": 36.4,
        "blood_glucose": 7.8,
    },
    "target_spo2_range": {"low": 88, "high": 92},
    "hypercapnic_respiratory_failure_confirmed": True,
    "hypercapnic_confirmed_by": "Dr. Jonas Albrecht (pneumology)",
    "hypercapnic_confirmed_on": "2023-02-07",
    "egfr_ml_min": 52,
    "pregnancy": "not_applicable",
    "smoking": "former",
    "alcohol_units_per_week": 2,
    "vaccinations": [
        {"name": "influenza", "on": "2026-10"},
        {"name": "pneumococcal (PCV20)", "on": "2024-04"},
        {"name": "COVID-19", "on": "2025-10"},
    ],
    "mobility": "walking_aid",
    "cognition": "normal",
    "hearing": "hearing_aid",
    "vision": "glasses",
    "communication_needs": ["speak slowly; hearing aid in the left ear"],
    "diet": ["diabetic", "low_salt"],
    "advance_directives": {
        "do_not_resuscitate": False,
        "organ_donor": True,
        "document_location": "Patientenverfügung in the blue folder in the suitcase",
    },
    "emergency_contacts": [
        {"name": "Thomas Vogel", "relationship": "son", "phone": "+49 151 5550147", "languages": ["de", "en"]}
    ],
    "proxy": {
        "name": "Thomas Vogel",
        "relationship": "son",
        "phone": "+49 151 5550147",
        "scope": ["medical_decisions", "speak_to_doctors", "receive_alerts"],
        "document_location": "Vorsorgevollmacht, copy with the advance directive",
    },
    "insurance": {"provider": "AOK Baden-Württemberg", "policy_number": "A123456780", "country": "DE"},
    "ehic_number": "80276000000012345678",
    "home_doctor": {"name": "Dr. Ulrike Haas", "phone": "+49 761 5550188", "country": "DE"},
    "travel_plan": {
        "current_country": "ES",
        "destinations": [{"country": "ES", "place": "Málaga", "arrive": "2026-11-02", "leave": "2027-02-26"}],
    },
    "preferred_language": "de",
    "text_size": "large",
}
